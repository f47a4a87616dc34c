//! Every rule: a case exactly at the limit (passes, no issue) and one past it (fails with
//! the expected code at the expected path); every cross-field rule both ways.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use rcs_kit::validate::parse_date_time;
use rcs_kit::{limits, validate_str, Options, Report, Severity};
use serde_json::{json, Value};

const NOW: &str = "2027-01-01T00:00:00Z";

fn opts() -> Options {
    Options::at(parse_date_time(NOW).unwrap())
}

fn run(v: &Value) -> Report {
    validate_str(&v.to_string(), &opts())
}

fn message(content: Value) -> Value {
    json!({"messages": [{
        "sender": "DemoSender",
        "destinations": [{"to": "441134960001", "messageId": "m-1"}],
        "content": content
    }]})
}

fn reply(i: usize) -> Value {
    json!({"type": "REPLY", "text": format!("Reply {i}"), "postbackData": format!("pb-{i}")})
}

fn text_body() -> Value {
    message(json!({"type": "TEXT", "text": "Hello", "suggestions": [reply(0)]}))
}

fn all_suggestions() -> Value {
    json!([
        {"type": "REPLY", "text": "Yes", "postbackData": "yes"},
        {"type": "OPEN_URL", "text": "Open", "postbackData": "open", "url": "https://example.com/a", "application": "WEBVIEW", "webviewViewMode": "HALF"},
        {"type": "DIAL_PHONE", "text": "Call", "postbackData": "call", "phoneNumber": "+441134960001"},
        {"type": "SHOW_LOCATION", "text": "Map", "postbackData": "map", "latitude": 45.8, "longitude": 15.97, "label": "Office"},
        {"type": "REQUEST_LOCATION", "text": "Where?", "postbackData": "where"},
        {"type": "CREATE_CALENDAR_EVENT", "text": "Save", "postbackData": "cal",
         "startTime": "2030-03-03T15:00:00.000+01:00", "endTime": "2030-03-03T16:00:00.000+0100",
         "title": "Appointment", "description": "Bring your card"}
    ])
}

fn card_body() -> Value {
    json!({
        "title": "Title",
        "description": "Description",
        "media": {"file": {"url": "https://example.com/v.mp4"}, "thumbnail": {"url": "https://example.com/t.png"}, "height": "MEDIUM"},
        "suggestions": [reply(0)]
    })
}

fn card() -> Value {
    message(
        json!({"type": "CARD", "orientation": "VERTICAL", "alignment": "LEFT", "content": card_body(), "suggestions": all_suggestions()}),
    )
}

fn carousel(n: usize) -> Value {
    let cards: Vec<Value> = (0..n).map(|_| card_body()).collect();
    message(
        json!({"type": "CAROUSEL", "cardWidth": "MEDIUM", "contents": cards, "suggestions": [reply(0)]}),
    )
}

fn file() -> Value {
    message(json!({"type": "FILE", "file": {"url": "https://example.com/f.pdf"}}))
}

fn full_options(mut body: Value) -> Value {
    body["messages"][0]["options"] = json!({
        "platform": {"entityId": "e", "applicationId": "a"},
        "validityPeriod": {"amount": 15, "timeUnit": "MINUTES"},
        "deliveryTimeWindow": {"days": ["MONDAY", "FRIDAY"], "from": {"hour": 9, "minute": 0}, "to": {"hour": 17, "minute": 30}},
        "campaignReferenceId": "spring",
        "smsFailover": {"sender": "InfoSMS", "text": "Hello", "validityPeriod": {"amount": 2, "timeUnit": "HOURS"},
            "regional": {"indiaDlt": {"principalEntityId": "p", "contentTemplateId": "c"}, "turkeyIys": {"brandCode": 1, "recipientType": "TACIR"}, "southKorea": {"title": "t", "resellerCode": 2}}}
    });
    body["messages"][0]["webhooks"] = json!({
        "delivery": {"url": "https://example.com/dlr", "intermediateReport": true, "notify": true, "receiveTriggeredFailoverReports": false},
        "contentType": "application/json",
        "callbackData": "cb",
        "seen": {"url": "https://example.com/seen"}
    });
    body["options"] = json!({
        "schedule": {"bulkId": "bulk-1", "sendAt": "2027-02-01T10:00:00.000+0000", "sendingSpeedLimit": {"amount": 10, "timeUnit": "MINUTE"}},
        "tracking": {"shortenUrl": true, "trackClicks": true, "trackingUrl": "https://example.com/clicks", "removeProtocol": false, "customDomain": "go.example"},
        "messageOrdering": {"respectOrder": false}
    });
    body
}

fn set(mut v: Value, pointer: &str, new: Value) -> Value {
    match v.pointer_mut(pointer) {
        Some(slot) => *slot = new,
        None => panic!("no {pointer}"),
    }
    v
}

fn remove(mut v: Value, pointer: &str) -> Value {
    let (parent, key) = pointer.rsplit_once('/').unwrap();
    v.pointer_mut(parent)
        .unwrap()
        .as_object_mut()
        .unwrap()
        .remove(key)
        .unwrap_or_else(|| panic!("no {pointer}"));
    v
}

#[track_caller]
fn clean(v: &Value) {
    let r = run(v);
    assert!(r.issues().is_empty(), "expected no issue, got:\n{r}");
}

#[track_caller]
fn fails(v: &Value, code: &str, path: &str) {
    let r = run(v);
    assert!(
        r.errors().any(|i| i.code == code && i.path == path),
        "expected error {code} at {path}, got:\n{r}"
    );
}

#[track_caller]
fn warns(v: &Value, code: &str, path: &str) {
    let r = run(v);
    assert!(r.is_valid(), "expected only warnings, got:\n{r}");
    assert!(
        r.warnings().any(|i| i.code == code && i.path == path),
        "expected warning {code} at {path}, got:\n{r}"
    );
}

fn s(n: usize) -> Value {
    Value::String("x".repeat(n))
}

#[test]
fn bases_are_clean() {
    clean(&text_body());
    clean(&card());
    clean(&carousel(2));
    clean(&full_options(text_body()));
    clean(&message(
        json!({"type": "TEXT", "text": "x", "suggestions": all_suggestions()}),
    ));
    clean(&message(
        json!({"type": "PROVIDER_TEMPLATE", "templateId": "t1", "parameters": [{"name": "a", "value": "b"}]}),
    ));
}

/// (base, pointer, limit-sized value, one-past value, code, path of the issue)
fn length_cases() -> Vec<(Value, &'static str, Value, Value, String)> {
    let t = "/messages/0/content";
    let sug = "/messages/0/content/suggestions";
    vec![
        (
            text_body(),
            "/messages/0/content/text",
            s(3072),
            s(3073),
            limits::TEXT.code_over(),
        ),
        (
            text_body(),
            "/messages/0/content/text",
            json!("😀".repeat(3072)),
            json!("😀".repeat(3073)),
            limits::TEXT.code_over(),
        ),
        (
            text_body(),
            "/messages/0/content/suggestions/0/text",
            s(25),
            s(26),
            limits::SUGGESTION_TEXT.code_over(),
        ),
        (
            text_body(),
            "/messages/0/content/suggestions/0/text",
            json!("é".repeat(25)),
            json!("é".repeat(26)),
            limits::SUGGESTION_TEXT.code_over(),
        ),
        (
            text_body(),
            "/messages/0/content/suggestions/0/postbackData",
            s(2048),
            s(2049),
            limits::SUGGESTION_POSTBACK.code_over(),
        ),
        (
            card(),
            "/messages/0/content/suggestions/1/url",
            json!(format!("https://e.com/{}", "a".repeat(2048 - 14))),
            json!(format!("https://e.com/{}", "a".repeat(2049 - 14))),
            limits::URL.code_over(),
        ),
        (
            card(),
            "/messages/0/content/suggestions/3/label",
            s(100),
            s(101),
            limits::LOCATION_LABEL.code_over(),
        ),
        (
            card(),
            "/messages/0/content/suggestions/5/title",
            s(100),
            s(101),
            limits::CALENDAR_TITLE.code_over(),
        ),
        (
            card(),
            "/messages/0/content/suggestions/5/description",
            s(500),
            s(501),
            limits::CALENDAR_DESCRIPTION.code_over(),
        ),
        (
            file(),
            "/messages/0/content/file/url",
            json!(format!("https://e.com/{}.pdf", "a".repeat(2048 - 18))),
            json!(format!("https://e.com/{}.pdf", "a".repeat(2049 - 18))),
            limits::URL.code_over(),
        ),
        (
            card(),
            "/messages/0/content/content/title",
            s(200),
            s(201),
            limits::CARD_TITLE.code_over(),
        ),
        (
            card(),
            "/messages/0/content/content/description",
            s(2000),
            s(2001),
            limits::CARD_DESCRIPTION.code_over(),
        ),
        (
            carousel(2),
            "/messages/0/content/contents/1/title",
            s(200),
            s(201),
            limits::CARD_TITLE.code_over(),
        ),
        (
            text_body(),
            "/messages/0/destinations/0/messageId",
            s(200),
            s(201),
            limits::DESTINATION_MESSAGE_ID.code_over(),
        ),
        (
            full_options(text_body()),
            "/messages/0/options/platform/entityId",
            s(255),
            s(256),
            limits::PLATFORM_ID.code_over(),
        ),
        (
            full_options(text_body()),
            "/messages/0/options/platform/applicationId",
            s(255),
            s(256),
            limits::PLATFORM_ID.code_over(),
        ),
        (
            full_options(text_body()),
            "/messages/0/webhooks/callbackData",
            s(4000),
            s(4001),
            limits::CALLBACK_DATA.code_over(),
        ),
        (
            full_options(text_body()),
            "/options/schedule/bulkId",
            s(100),
            s(101),
            limits::BULK_ID.code_over(),
        ),
        (
            text_body(),
            "/messages/0/content/text",
            s(1),
            s(0),
            limits::TEXT.code_under(),
        ),
        (
            text_body(),
            "/messages/0/content/suggestions/0/text",
            s(1),
            s(0),
            limits::SUGGESTION_TEXT.code_under(),
        ),
        (
            text_body(),
            "/messages/0/content/suggestions/0/postbackData",
            s(1),
            s(0),
            limits::SUGGESTION_POSTBACK.code_under(),
        ),
        (
            text_body(),
            "/messages/0/sender",
            s(1),
            s(0),
            limits::SENDER.code_under(),
        ),
        (
            full_options(text_body()),
            "/messages/0/options/smsFailover/text",
            s(1),
            s(0),
            limits::SMS_FAILOVER_TEXT.code_under(),
        ),
        (
            message(json!({"type": "PROVIDER_TEMPLATE", "templateId": "t"})),
            "/messages/0/content/templateId",
            s(1),
            s(0),
            limits::TEMPLATE_ID.code_under(),
        ),
    ]
    .into_iter()
    .map(|(b, p, ok, bad, code)| {
        let _ = (t, sug);
        (b, p, ok, bad, code)
    })
    .collect()
}

#[test]
fn string_lengths_at_and_past_the_limit() {
    for (base, pointer, ok, bad, code) in length_cases() {
        clean(&set(base.clone(), pointer, ok));
        let r = run(&set(base, pointer, bad));
        let issue = r
            .errors()
            .find(|i| i.code == code && i.path == pointer)
            .unwrap_or_else(|| panic!("expected {code} at {pointer}, got:\n{r}"));
        assert!(issue.limit.is_some() && issue.actual.is_some(), "{issue:?}");
    }
}

#[test]
fn empty_text_is_allowed_by_option() {
    let body = set(text_body(), "/messages/0/content/text", json!("")).to_string();
    let opts = Options {
        allow_empty_text: true,
        ..opts()
    };
    assert!(validate_str(&body, &opts).issues().is_empty());
}

fn replies(n: usize) -> Value {
    Value::Array((0..n).map(reply).collect())
}

#[test]
fn counts_at_and_past_the_limit() {
    let cases: Vec<(Value, &str, Value, Value, String)> = vec![
        (
            text_body(),
            "/messages/0/content/suggestions",
            replies(11),
            replies(12),
            limits::MESSAGE_SUGGESTIONS.code_over(),
        ),
        (
            card(),
            "/messages/0/content/suggestions",
            replies(11),
            replies(12),
            limits::MESSAGE_SUGGESTIONS.code_over(),
        ),
        (
            carousel(2),
            "/messages/0/content/suggestions",
            replies(11),
            replies(12),
            limits::MESSAGE_SUGGESTIONS.code_over(),
        ),
        (
            card(),
            "/messages/0/content/content/suggestions",
            replies(4),
            replies(5),
            limits::CARD_SUGGESTIONS.code_over(),
        ),
        (
            carousel(2),
            "/messages/0/content/contents/0/suggestions",
            replies(4),
            replies(5),
            limits::CARD_SUGGESTIONS.code_over(),
        ),
        (
            carousel(2),
            "/messages/0/content/contents",
            carousel(10)["messages"][0]["content"]["contents"].clone(),
            carousel(11)["messages"][0]["content"]["contents"].clone(),
            limits::CAROUSEL_CARDS.code_over(),
        ),
        (
            carousel(2),
            "/messages/0/content/contents",
            carousel(2)["messages"][0]["content"]["contents"].clone(),
            carousel(1)["messages"][0]["content"]["contents"].clone(),
            limits::CAROUSEL_CARDS.code_under(),
        ),
        (
            text_body(),
            "/messages/0/destinations",
            json!([{"to": "441134960001"}]),
            json!([]),
            limits::DESTINATIONS.code_under(),
        ),
        (
            text_body(),
            "/messages",
            text_body()["messages"].clone(),
            json!([]),
            limits::MESSAGES.code_under(),
        ),
        (
            full_options(text_body()),
            "/messages/0/options/deliveryTimeWindow/days",
            json!(["MONDAY"]),
            json!([]),
            limits::DELIVERY_DAYS.code_under(),
        ),
    ];
    for (base, pointer, ok, bad, code) in cases {
        let body = set(base.clone(), pointer, ok);
        let r = run(&body);
        assert!(r.issues().is_empty(), "{pointer} at the limit:\n{r}");
        fails(&set(base, pointer, bad), &code, pointer);
    }
}

#[test]
fn numbers_at_and_past_the_range() {
    let lat = "/messages/0/content/suggestions/3/latitude";
    let lon = "/messages/0/content/suggestions/3/longitude";
    let hour = "/messages/0/options/deliveryTimeWindow/from/hour";
    let minute = "/messages/0/options/deliveryTimeWindow/from/minute";
    let cases: Vec<(Value, &str, Value, Value, String)> = vec![
        (
            card(),
            lat,
            json!(90),
            json!(90.000001),
            limits::LATITUDE.code_over(),
        ),
        (
            card(),
            lat,
            json!(-90.0),
            json!(-90.5),
            limits::LATITUDE.code_under(),
        ),
        (
            card(),
            lon,
            json!(180),
            json!(180.1),
            limits::LONGITUDE.code_over(),
        ),
        (
            card(),
            lon,
            json!(-180),
            json!(-181),
            limits::LONGITUDE.code_under(),
        ),
        (
            full_options(text_body()),
            hour,
            json!(0),
            json!(-1),
            limits::DELIVERY_HOUR.code_under(),
        ),
        (
            full_options(text_body()),
            "/messages/0/options/deliveryTimeWindow/to/hour",
            json!(23),
            json!(24),
            limits::DELIVERY_HOUR.code_over(),
        ),
        (
            full_options(text_body()),
            minute,
            json!(0),
            json!(60),
            limits::DELIVERY_MINUTE.code_over(),
        ),
        (
            full_options(text_body()),
            "/messages/0/options/validityPeriod/amount",
            json!(1),
            json!(0),
            limits::VALIDITY_AMOUNT.code_under(),
        ),
        (
            full_options(text_body()),
            "/options/schedule/sendingSpeedLimit/amount",
            json!(1),
            json!(0),
            limits::SPEED_LIMIT_AMOUNT.code_under(),
        ),
    ];
    for (base, pointer, ok, bad, code) in cases {
        clean(&set(base.clone(), pointer, ok));
        fails(&set(base, pointer, bad), &code, pointer);
    }
}

#[test]
fn formats() {
    let dial = "/messages/0/content/suggestions/2/phoneNumber";
    clean(&set(card(), dial, json!("123456789012345")));
    fails(
        &set(card(), dial, json!("1234567890123456")),
        "suggestion.phone_number.invalid",
        dial,
    );
    clean(&set(card(), dial, json!("12345")));
    fails(
        &set(card(), dial, json!("1234")),
        "suggestion.phone_number.invalid",
        dial,
    );
    let to = "/messages/0/destinations/0/to";
    clean(&set(text_body(), to, json!("385977666618")));
    fails(
        &set(text_body(), to, json!("call-me-maybe")),
        "destination.to.invalid",
        to,
    );
    let url = "/messages/0/content/suggestions/1/url";
    fails(
        &set(card(), url, json!("ftp://example.com/x")),
        "suggestion.url.scheme",
        url,
    );
    fails(
        &set(card(), url, json!("javascript:alert(1)")),
        "suggestion.url.scheme",
        url,
    );
    fails(
        &set(card(), url, json!("https://example.com/a b")),
        "suggestion.url.invalid",
        url,
    );
    let f = "/messages/0/content/file/url";
    fails(
        &set(file(), f, json!("https://example.com/my file.pdf")),
        "file.url.invalid",
        f,
    );
    fails(
        &set(file(), f, json!("example.com/f.pdf")),
        "file.url.invalid",
        f,
    );
    let start = "/messages/0/content/suggestions/5/startTime";
    clean(&set(card(), start, json!("2030-03-03T14:00:00Z")));
    fails(
        &set(card(), start, json!("2030-03-03 14:00")),
        "suggestion.start_time.invalid",
        start,
    );
    let send_at = "/options/schedule/sendAt";
    fails(
        &set(full_options(text_body()), send_at, json!("next week")),
        "schedule.send_at.invalid",
        send_at,
    );
}

#[test]
fn enums_and_unions() {
    let c = "/messages/0/content";
    fails(
        &set(card(), "/messages/0/content/orientation", json!("DIAGONAL")),
        "card.orientation.invalid",
        "/messages/0/content/orientation",
    );
    fails(
        &set(card(), "/messages/0/content/alignment", json!("CENTER")),
        "card.alignment.invalid",
        "/messages/0/content/alignment",
    );
    fails(
        &set(carousel(2), "/messages/0/content/cardWidth", json!("LARGE")),
        "carousel.card_width.invalid",
        "/messages/0/content/cardWidth",
    );
    fails(
        &set(
            card(),
            "/messages/0/content/content/media/height",
            json!("HUGE"),
        ),
        "media.height.invalid",
        "/messages/0/content/content/media/height",
    );
    fails(
        &set(text_body(), "/messages/0/content/type", json!("VIDEO")),
        "content.type.invalid",
        "/messages/0/content/type",
    );
    fails(
        &set(
            text_body(),
            "/messages/0/content/suggestions/0/type",
            json!("SHARE"),
        ),
        "suggestion.type.invalid",
        "/messages/0/content/suggestions/0/type",
    );
    fails(
        &remove(text_body(), "/messages/0/content/type"),
        "content.type.required",
        c,
    );
    fails(
        &set(text_body(), "/messages/0/content/type", json!(1)),
        "type.mismatch",
        "/messages/0/content/type",
    );
    let r = run(&set(
        card(),
        "/messages/0/content/orientation",
        json!("vertical"),
    ));
    assert!(r.issues()[0].message.contains("case-sensitive"), "{r}");
}

#[test]
fn required_fields_are_reported_at_the_object_that_lacks_them() {
    let cases = [
        (text_body(), "/messages/0/sender", "/messages/0"),
        (text_body(), "/messages/0/destinations", "/messages/0"),
        (
            text_body(),
            "/messages/0/destinations/0/to",
            "/messages/0/destinations/0",
        ),
        (
            text_body(),
            "/messages/0/content/text",
            "/messages/0/content",
        ),
        (
            text_body(),
            "/messages/0/content/suggestions/0/postbackData",
            "/messages/0/content/suggestions/0",
        ),
        (
            file(),
            "/messages/0/content/file/url",
            "/messages/0/content/file",
        ),
        (
            card(),
            "/messages/0/content/content/media/height",
            "/messages/0/content/content/media",
        ),
        (
            card(),
            "/messages/0/content/alignment",
            "/messages/0/content",
        ),
        (
            card(),
            "/messages/0/content/suggestions/5/title",
            "/messages/0/content/suggestions/5",
        ),
        (
            full_options(text_body()),
            "/messages/0/options/smsFailover/text",
            "/messages/0/options/smsFailover",
        ),
        (
            full_options(text_body()),
            "/messages/0/options/validityPeriod/amount",
            "/messages/0/options/validityPeriod",
        ),
        (
            full_options(text_body()),
            "/messages/0/options/deliveryTimeWindow/days",
            "/messages/0/options/deliveryTimeWindow",
        ),
    ];
    for (base, pointer, at) in cases {
        let r = run(&remove(base, pointer));
        let name = pointer.rsplit('/').next().unwrap();
        assert!(
            r.errors()
                .any(|i| i.code == "field.required" && i.path == at && i.message.contains(name)),
            "removing {pointer}: expected field.required at {at}, got:\n{r}"
        );
    }
}

#[test]
fn wrong_json_types() {
    let cases = [
        ("/messages/0/destinations", json!({"to": "441134960001"})),
        ("/messages/0/sender", json!(12345)),
        ("/messages/0/content/text", json!(42)),
        ("/messages/0/content/suggestions", json!({"type": "REPLY"})),
        ("/messages/0/content/suggestions/0", json!("REPLY")),
        ("/messages", json!(null)),
    ];
    for (pointer, v) in cases {
        fails(&set(text_body(), pointer, v), "type.mismatch", pointer);
    }
    fails(
        &set(
            card(),
            "/messages/0/content/suggestions/3/latitude",
            json!("45.8"),
        ),
        "type.mismatch",
        "/messages/0/content/suggestions/3/latitude",
    );
    fails(
        &set(
            full_options(text_body()),
            "/messages/0/options/validityPeriod/amount",
            json!("15"),
        ),
        "type.mismatch",
        "/messages/0/options/validityPeriod/amount",
    );
    fails(
        &set(
            full_options(text_body()),
            "/messages/0/options/validityPeriod/amount",
            json!(1.5),
        ),
        "type.mismatch",
        "/messages/0/options/validityPeriod/amount",
    );
    fails(
        &set(
            full_options(text_body()),
            "/options/tracking/shortenUrl",
            json!("yes"),
        ),
        "type.mismatch",
        "/options/tracking/shortenUrl",
    );
    let top = validate_str("[1]", &opts());
    assert_eq!(top.issues()[0].code, "type.mismatch");
    assert_eq!(top.issues()[0].path, "");
}

#[test]
fn card_needs_media_or_title() {
    let c = "/messages/0/content/content";
    clean(&remove(card(), "/messages/0/content/content/media"));
    clean(&remove(card(), "/messages/0/content/content/title"));
    let none = remove(
        remove(card(), "/messages/0/content/content/media"),
        "/messages/0/content/content/title",
    );
    fails(&none, "card.title_or_media.required", c);
    let none = remove(
        remove(carousel(2), "/messages/0/content/contents/1/media"),
        "/messages/0/content/contents/1/title",
    );
    fails(
        &none,
        "card.title_or_media.required",
        "/messages/0/content/contents/1",
    );
}

#[test]
fn webview_needs_a_view_mode() {
    let sug = "/messages/0/content/suggestions/1";
    fails(
        &remove(card(), "/messages/0/content/suggestions/1/webviewViewMode"),
        "suggestion.webview_view_mode.required",
        sug,
    );
    let browser = set(
        card(),
        "/messages/0/content/suggestions/1/application",
        json!("BROWSER"),
    );
    warns(
        &browser,
        "suggestion.webview_view_mode.ignored",
        "/messages/0/content/suggestions/1/webviewViewMode",
    );
    clean(&remove(
        browser,
        "/messages/0/content/suggestions/1/webviewViewMode",
    ));
}

#[test]
fn calendar_times() {
    let start = "/messages/0/content/suggestions/5/startTime";
    let end = "/messages/0/content/suggestions/5/endTime";
    fails(
        &set(card(), end, json!("2030-03-03T15:00:00.000+01:00")),
        "suggestion.end_time.before_start",
        end,
    );
    let past = set(
        set(card(), start, json!("2026-12-31T23:00:00Z")),
        end,
        json!("2027-01-01T01:00:00Z"),
    );
    fails(&past, "suggestion.start_time.past", start);
    assert!(run(&past).errors().all(|i| i.path != end));
    // One millisecond after now is in the future.
    clean(&set(
        set(card(), start, json!("2027-01-01T00:00:00.001Z")),
        end,
        json!("2027-01-01T01:00:00Z"),
    ));
    // Without a clock, only the order is checked.
    let body = past.to_string();
    assert!(validate_str(&body, &Options::without_clock()).is_valid());
}

#[test]
fn failover_is_sms_or_mms() {
    let mut body = full_options(text_body());
    body["messages"][0]["options"]["mmsFailover"] = json!({"sender": "s", "content": {"title": "t", "messageSegments": [
        {"type": "TEXT", "text": "hi"}, {"type": "LINK", "contentUrl": "https://e.com/a.png", "contentType": "image/png"},
        {"type": "SMIL", "contentType": "application/smil", "smil": "<smil/>"}, {"type": "UPLOADED_REFERENCE", "uploadedContentId": "u1"}]}});
    fails(
        &body,
        "options.failover.exclusive",
        "/messages/0/options/mmsFailover",
    );
    clean(&remove(body, "/messages/0/options/smsFailover"));
}

#[test]
fn delivery_time_window() {
    let w = "/messages/0/options/deliveryTimeWindow";
    let base = full_options(text_body());
    fails(
        &remove(base.clone(), "/messages/0/options/deliveryTimeWindow/to"),
        "delivery_time_window.from_to",
        w,
    );
    fails(
        &remove(base.clone(), "/messages/0/options/deliveryTimeWindow/from"),
        "delivery_time_window.from_to",
        w,
    );
    clean(&remove(
        remove(base.clone(), "/messages/0/options/deliveryTimeWindow/from"),
        "/messages/0/options/deliveryTimeWindow/to",
    ));
    let span = |h: i64, m: i64| {
        set(
            set(
                base.clone(),
                "/messages/0/options/deliveryTimeWindow/from",
                json!({"hour": 9, "minute": 0}),
            ),
            "/messages/0/options/deliveryTimeWindow/to",
            json!({"hour": h, "minute": m}),
        )
    };
    clean(&span(10, 0));
    fails(
        &span(9, 59),
        "delivery_time_window.span.out_of_range",
        "/messages/0/options/deliveryTimeWindow/to",
    );
    fails(
        &span(9, 0),
        "delivery_time_window.span.out_of_range",
        "/messages/0/options/deliveryTimeWindow/to",
    );
    warns(
        &set(
            base,
            "/messages/0/options/deliveryTimeWindow/days",
            json!(["MONDAY", "MONDAY"]),
        ),
        "delivery_time_window.days.duplicate",
        "/messages/0/options/deliveryTimeWindow/days/1",
    );
}

#[test]
fn validity_over_48_hours_is_a_warning() {
    let p = "/messages/0/options/validityPeriod";
    let base = full_options(text_body());
    for (amount, unit) in [(48, "HOURS"), (172_800, "SECONDS"), (2880, "MINUTES")] {
        clean(&set(
            base.clone(),
            p,
            json!({"amount": amount, "timeUnit": unit}),
        ));
    }
    clean(&set(base.clone(), p, json!({"amount": 2880})));
    for (amount, unit) in [(49, "HOURS"), (172_801, "SECONDS"), (2881, "MINUTES")] {
        warns(
            &set(base.clone(), p, json!({"amount": amount, "timeUnit": unit})),
            "validity_period.too_long",
            p,
        );
    }
    warns(
        &set(base.clone(), p, json!({"amount": 2881})),
        "validity_period.too_long",
        p,
    );
    fails(
        &set(base, p, json!({"amount": 2, "timeUnit": "DAYS"})),
        "validity_period.time_unit.invalid",
        "/messages/0/options/validityPeriod/timeUnit",
    );
}

#[test]
fn send_at_within_180_days() {
    let p = "/options/schedule/sendAt";
    let base = full_options(text_body());
    clean(&set(base.clone(), p, json!("2027-06-30T00:00:00.000+0000")));
    fails(
        &set(base.clone(), p, json!("2027-06-30T00:00:00.001+0000")),
        "schedule.send_at.too_far",
        p,
    );
    warns(
        &set(base, p, json!("2026-12-31T00:00:00.000+0000")),
        "schedule.send_at.past",
        p,
    );
}

#[test]
fn tracking_needs_shorten_url() {
    let base = full_options(text_body());
    warns(
        &set(base.clone(), "/options/tracking/shortenUrl", json!(false)),
        "tracking.shorten_url.required",
        "/options/tracking",
    );
    clean(&set(
        base,
        "/options/tracking",
        json!({"shortenUrl": false}),
    ));
}

fn ordered(n: usize, failover_on: &[usize]) -> Value {
    let one = text_body()["messages"][0].clone();
    let msgs: Vec<Value> = (0..n)
        .map(|i| {
            let mut m = one.clone();
            m["content"] = json!({"type": "TEXT", "text": format!("Part {i}")});
            if failover_on.contains(&i) {
                m["options"] = json!({"smsFailover": {"text": "fallback"}});
            }
            m
        })
        .collect();
    json!({"messages": msgs, "options": {"messageOrdering": {"respectOrder": true}}})
}

#[test]
fn message_ordering() {
    clean(&ordered(2, &[0]));
    clean(&ordered(10, &[]));
    fails(
        &ordered(11, &[]),
        rcs_kit::rules::ordering::TOO_MANY.code,
        "/messages",
    );
    fails(
        &ordered(1, &[]),
        rcs_kit::rules::ordering::TOO_FEW.code,
        "/messages",
    );
    fails(
        &ordered(2, &[1]),
        "message_ordering.failover",
        "/messages/1/options",
    );
    fails(
        &ordered(3, &[0]),
        "message_ordering.failover",
        "/messages/0/options",
    );
    fails(
        &set(ordered(3, &[]), "/messages/2/sender", json!("Other")),
        "message_ordering.not_identical",
        "/messages/2/sender",
    );
    let mut v = ordered(3, &[]);
    v["messages"][1]["webhooks"] = json!({"callbackData": "x"});
    fails(
        &v,
        "message_ordering.not_identical",
        "/messages/1/webhooks/callbackData",
    );
    let mut v = ordered(3, &[]);
    v["messages"][0]["content"]["suggestions"] = replies(1);
    warns(
        &v,
        "message_ordering.suggestions",
        "/messages/0/content/suggestions",
    );
    let mut v = ordered(2, &[0]);
    v["options"]["messageOrdering"]["stopOnFailure"] = json!(true);
    warns(
        &v,
        "message_ordering.stop_on_failure.ignored",
        "/options/messageOrdering/stopOnFailure",
    );
    // Without respectOrder none of this applies.
    clean(&set(
        ordered(12, &[3]),
        "/options/messageOrdering/respectOrder",
        json!(false),
    ));
}

#[test]
fn platform_warnings() {
    warns(
        &set(
            carousel(2),
            "/messages/0/content/contents/1/media/height",
            json!("TALL"),
        ),
        "carousel.media.tall",
        "/messages/0/content/contents/1/media/height",
    );
    warns(
        &set(
            card(),
            "/messages/0/content/content/media/file/url",
            json!("https://e.com/a.png"),
        ),
        "media.thumbnail.not_video",
        "/messages/0/content/content/media/thumbnail",
    );
    warns(
        &remove(
            set(
                card(),
                "/messages/0/content/content/media/file/url",
                json!("https://e.com/a.pdf"),
            ),
            "/messages/0/content/content/media/thumbnail",
        ),
        "media.file.pdf",
        "/messages/0/content/content/media/file/url",
    );
    let mut f = file();
    f["messages"][0]["content"]["thumbnail"] = json!({"url": "https://e.com/t.png"});
    warns(
        &f,
        "file.thumbnail.not_video",
        "/messages/0/content/thumbnail",
    );
    warns(
        &set(
            file(),
            "/messages/0/content/file/url",
            json!("https://e.com/a.webp"),
        ),
        "file.url.unsupported_type",
        "/messages/0/content/file/url",
    );
    // Strict mode makes them errors.
    let body = set(
        carousel(2),
        "/messages/0/content/contents/1/media/height",
        json!("TALL"),
    )
    .to_string();
    let strict = validate_str(
        &body,
        &Options {
            strict: true,
            ..opts()
        },
    );
    assert!(strict.errors().any(|i| i.code == "carousel.media.tall"));
}

#[test]
fn unknown_and_legacy_fields() {
    let mut v = text_body();
    v["messages"][0]["priority"] = json!("HIGH");
    warns(&v, "field.unknown", "/messages/0/priority");
    let strict = validate_str(
        &v.to_string(),
        &Options {
            strict: true,
            ..opts()
        },
    );
    assert!(strict
        .errors()
        .any(|i| i.code == "field.unknown" && i.path == "/messages/0/priority"));
    let mut v = text_body();
    v["messages"][0]["Sender"] = json!("x");
    let r = run(&v);
    assert!(
        r.issues()
            .iter()
            .any(|i| i.message.contains("did you mean `sender`")),
        "{r}"
    );
    for (key, instead) in [
        ("from", "sender"),
        ("to", "destinations"),
        ("notifyUrl", "webhooks.delivery.url"),
        ("validityPeriodTimeUnit", "validityPeriod"),
        ("callbackData", "webhooks.callbackData"),
    ] {
        let mut top = text_body();
        top[key] = json!("x");
        let r = run(&top);
        let issue = r
            .errors()
            .find(|i| i.code == "field.legacy" && i.path == format!("/{key}"));
        assert!(
            issue.is_some_and(|i| i.message.contains(instead)),
            "{key}: {r}"
        );
        let mut inner = text_body();
        inner["messages"][0][key] = json!("x");
        assert!(
            run(&inner)
                .errors()
                .any(|i| i.code == "field.legacy" && i.path == format!("/messages/0/{key}")),
            "{key}"
        );
    }
}

#[test]
fn null_optional_field_is_an_error() {
    let mut v = text_body();
    v["messages"][0]["options"] = Value::Null;
    fails(&v, "field.null", "/messages/0/options");
}

#[test]
fn json_level_errors() {
    let r = validate_str("{\"messages\": [\n  {\"sender\": \"a\",}\n]}", &opts());
    let i = &r.issues()[0];
    assert_eq!(i.code, "json.syntax");
    assert!(i.message.contains("line 2, column 18"), "{}", i.message);
    assert_eq!(i.path, "/messages/0");
    let r = rcs_kit::validate_bytes(b"{\"messages\": \"\xff\"}", &opts());
    assert_eq!(r.issues()[0].code, "json.invalid_utf8");
    let r = validate_str(r#"{"messages": [], "messages": []}"#, &opts());
    assert!(
        r.errors()
            .any(|i| i.code == "json.duplicate_key" && i.path == "/messages"),
        "{r}"
    );
    let r = validate_str(
        r#"{"messages":[{"sender":"a","sender":"b","destinations":[{"to":"441134960001"}],"content":{"type":"TEXT","text":"x"}}]}"#,
        &opts(),
    );
    assert!(
        r.errors()
            .any(|i| i.code == "json.duplicate_key" && i.path == "/messages/0/sender"),
        "{r}"
    );
    assert_eq!(
        validate_str("[1e999]", &opts()).issues()[0].code,
        "json.number_out_of_range"
    );
    assert_eq!(
        validate_str(r#""\udd00""#, &opts()).issues()[0].code,
        "json.lone_surrogate"
    );
    assert_eq!(
        validate_str(&"[".repeat(100_000), &opts()).issues()[0].code,
        "json.too_deep"
    );
}

#[test]
fn request_size_limit() {
    let body = text_body().to_string();
    let max = limits::REQUEST_SIZE.max as usize;
    let pad = |n: usize| format!("{body}{}", " ".repeat(n - body.len()));
    assert!(validate_str(&pad(max), &opts()).issues().is_empty());
    let r = validate_str(&pad(max + 1), &opts());
    assert_eq!(r.issues()[0].code, "request.too_large");
    assert_eq!(r.issues()[0].actual.unwrap().0, (max + 1) as f64);
}

#[test]
fn report_is_bounded() {
    let mut body = text_body();
    let bad: Vec<Value> = (0..5000)
        .map(|_| json!({"type": "REPLY", "text": "", "postbackData": ""}))
        .collect();
    body["messages"][0]["content"]["suggestions"] = Value::Array(bad);
    let r = run(&body);
    assert_eq!(r.issues().len(), limits::MAX_ISSUES);
    assert!(r.is_truncated());
    assert!(!r.is_valid());
    assert!(r.to_string().contains("stopped after 1000 issues"));
}

#[test]
fn events_requests() {
    let seen = json!({"events": [{"sender": "DemoSender", "destinations": [{"to": "441134960001"}], "content": {"type": "SEEN", "messageId": "abc"}, "options": {"platform": {"entityId": "e"}}}]});
    clean(&seen);
    let typing = json!({"events": [{"sender": "DemoSender", "destinations": [{"to": "441134960001"}], "content": {"type": "TYPING_INDICATOR"}}]});
    clean(&typing);
    fails(
        &remove(seen.clone(), "/events/0/content/messageId"),
        "field.required",
        "/events/0/content",
    );
    fails(
        &set(seen.clone(), "/events/0/content/type", json!("READ")),
        "event.type.invalid",
        "/events/0/content/type",
    );
    fails(
        &set(seen, "/events", json!([])),
        "request.events.too_few",
        "/events",
    );
    let mut t = typing;
    t["events"][0]["content"]["messageId"] = json!("x");
    warns(&t, "field.unknown", "/events/0/content/messageId");
}

#[test]
fn issues_carry_severity_and_are_in_document_order() {
    let mut v = card();
    v["messages"][0]["content"]["content"]["title"] = s(201);
    v["messages"][0]["content"]["suggestions"][0]["text"] = s(26);
    let r = run(&v);
    let paths: Vec<&str> = r.issues().iter().map(|i| i.path.as_str()).collect();
    assert_eq!(
        paths,
        [
            "/messages/0/content/content/title",
            "/messages/0/content/suggestions/0/text"
        ]
    );
    assert!(r.issues().iter().all(|i| i.severity == Severity::Error));
}

#[test]
fn advice_is_opt_in() {
    let mut v = full_options(card());
    v["messages"][0]["content"]["content"]["media"]["height"] = json!("TALL");
    v["messages"][0]["content"]["content"]["media"]["file"]["url"] = json!("https://e.com/a.gif");
    v["messages"][0]["content"]["content"]["media"]
        .as_object_mut()
        .unwrap()
        .remove("thumbnail");
    v["messages"][0]["content"]["suggestions"][1]["url"] = json!("https://example.com/deal");
    v["messages"][0]["options"]["smsFailover"]["text"] = json!("x".repeat(613));
    // Without advice: clean.
    clean(&v);
    let r = validate_str(
        &v.to_string(),
        &Options {
            advice: true,
            ..opts()
        },
    );
    assert!(r.is_valid(), "{r}");
    let codes: Vec<(&str, &str)> = r
        .issues()
        .iter()
        .map(|i| (i.code, i.path.as_str()))
        .collect();
    for want in [
        (
            "media.height.ios",
            "/messages/0/content/content/media/height",
        ),
        (
            "media.file.gif_ios",
            "/messages/0/content/content/media/file/url",
        ),
        (
            "sms_failover.text.parts",
            "/messages/0/options/smsFailover/text",
        ),
        (
            "sms_failover.text.missing_link",
            "/messages/0/options/smsFailover/text",
        ),
    ] {
        assert!(codes.contains(&want), "{want:?} in {codes:?}");
    }
    let parts = r
        .issues()
        .iter()
        .find(|i| i.code == "sms_failover.text.parts")
        .unwrap();
    assert_eq!(
        (parts.limit.unwrap().0, parts.actual.unwrap().0),
        (4.0, 5.0)
    );
    // 612 GSM-7 characters are exactly 4 parts of 153: no advice.
    v["messages"][0]["options"]["smsFailover"]["text"] = json!(format!(
        "{} https://example.com/deal https://example.com/a",
        "x".repeat(565)
    ));
    let r = validate_str(
        &v.to_string(),
        &Options {
            advice: true,
            ..opts()
        },
    );
    assert!(
        !r.issues()
            .iter()
            .any(|i| i.code == "sms_failover.text.parts"),
        "{r}"
    );
}

#[test]
fn advice_finds_links_of_the_text_too() {
    let mut v = full_options(text_body());
    v["messages"][0]["content"]["text"] =
        json!("Track it here: https://example.com/t/1042. Thanks!");
    v["messages"][0]["options"]["smsFailover"]["text"] = json!("Your order has shipped.");
    let r = validate_str(
        &v.to_string(),
        &Options {
            advice: true,
            ..opts()
        },
    );
    let link = r
        .issues()
        .iter()
        .find(|i| i.code == "sms_failover.text.missing_link")
        .unwrap();
    assert!(
        link.message.contains("https://example.com/t/1042,")
            || link.message.contains("https://example.com/t/1042 "),
        "{link:?}"
    );
    v["messages"][0]["options"]["smsFailover"]["text"] =
        json!("Shipped: https://example.com/t/1042");
    let r = validate_str(
        &v.to_string(),
        &Options {
            advice: true,
            ..opts()
        },
    );
    assert!(
        !r.issues()
            .iter()
            .any(|i| i.code == "sms_failover.text.missing_link"),
        "{r}"
    );
}

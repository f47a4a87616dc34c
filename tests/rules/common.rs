//! What every rule family shares: the clean bodies it mutates, `set`/`remove` at a JSON
//! pointer, and the `clean`/`fails`/`warns` assertions.

use rcs_kit::validate::parse_date_time;
use rcs_kit::{validate_str, Options, Report};
use serde_json::{json, Value};

pub const NOW: &str = "2027-01-01T00:00:00Z";

pub fn opts() -> Options {
    Options::at(parse_date_time(NOW).unwrap())
}

pub fn run(v: &Value) -> Report {
    validate_str(&v.to_string(), &opts())
}

pub fn message(content: Value) -> Value {
    json!({"messages": [{
        "sender": "DemoSender",
        "destinations": [{"to": "441134960001", "messageId": "m-1"}],
        "content": content
    }]})
}

pub fn reply(i: usize) -> Value {
    json!({"type": "REPLY", "text": format!("Reply {i}"), "postbackData": format!("pb-{i}")})
}

pub fn text_body() -> Value {
    message(json!({"type": "TEXT", "text": "Hello", "suggestions": [reply(0)]}))
}

pub fn all_suggestions() -> Value {
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

pub fn card_body() -> Value {
    json!({
        "title": "Title",
        "description": "Description",
        "media": {"file": {"url": "https://example.com/v.mp4"}, "thumbnail": {"url": "https://example.com/t.png"}, "height": "MEDIUM"},
        "suggestions": [reply(0)]
    })
}

pub fn card() -> Value {
    message(
        json!({"type": "CARD", "orientation": "VERTICAL", "alignment": "LEFT", "content": card_body(), "suggestions": all_suggestions()}),
    )
}

pub fn carousel(n: usize) -> Value {
    let cards: Vec<Value> = (0..n).map(|_| card_body()).collect();
    message(
        json!({"type": "CAROUSEL", "cardWidth": "MEDIUM", "contents": cards, "suggestions": [reply(0)]}),
    )
}

pub fn file() -> Value {
    message(json!({"type": "FILE", "file": {"url": "https://example.com/f.pdf"}}))
}

pub fn full_options(mut body: Value) -> Value {
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

pub fn set(mut v: Value, pointer: &str, new: Value) -> Value {
    match v.pointer_mut(pointer) {
        Some(slot) => *slot = new,
        None => panic!("no {pointer}"),
    }
    v
}

pub fn remove(mut v: Value, pointer: &str) -> Value {
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
pub fn clean(v: &Value) {
    let r = run(v);
    assert!(r.issues().is_empty(), "expected no issue, got:\n{r}");
}

#[track_caller]
pub fn fails(v: &Value, code: &str, path: &str) {
    let r = run(v);
    assert!(
        r.errors().any(|i| i.code == code && i.path == path),
        "expected error {code} at {path}, got:\n{r}"
    );
}

#[track_caller]
pub fn warns(v: &Value, code: &str, path: &str) {
    let r = run(v);
    assert!(r.is_valid(), "expected only warnings, got:\n{r}");
    assert!(
        r.warnings().any(|i| i.code == code && i.path == path),
        "expected warning {code} at {path}, got:\n{r}"
    );
}

pub fn s(n: usize) -> Value {
    Value::String("x".repeat(n))
}

pub fn replies(n: usize) -> Value {
    Value::Array((0..n).map(reply).collect())
}

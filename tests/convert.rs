//! `rcs_kit::convert`: the RCS API ↔ Messages API conversion, golden cases for every
//! content and suggestion type, the lossy notes, and round trips over every valid
//! fixture.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use rcs_kit::convert::{from_messages_api, to_messages_api, Conversion};
use rcs_kit::json::Doc;
use rcs_kit::validate::detect_kind;
use rcs_kit::{validate_value, Kind, Options};
use serde_json::{json, Value};
use std::path::PathBuf;

/// 2027-01-01T00:00:00Z, the fixtures' "now".
const NOW: i64 = 1_798_761_600_000;

fn fixtures(kind: Kind) -> Vec<(String, Value)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/valid");
    let mut out: Vec<(String, Value)> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().and_then(|e| e.to_str()) == Some("json"))
        .filter_map(|p| {
            let text = std::fs::read_to_string(&p).ok()?;
            let doc = Doc::parse(&text).ok()?;
            (detect_kind(&doc) == kind).then(|| {
                let name = p.file_name().unwrap().to_string_lossy().into_owned();
                (name, serde_json::from_str(&text).unwrap())
            })
        })
        .collect();
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

fn errors(v: &Value, kind: Kind) -> Vec<String> {
    let opts = Options {
        kind: Some(kind),
        ..Options::at(NOW)
    };
    validate_value(v, &opts)
        .issues()
        .iter()
        .filter(|i| i.severity == rcs_kit::Severity::Error)
        .map(|i| i.to_string())
        .collect()
}

fn codes(c: &Conversion) -> Vec<&'static str> {
    c.notes.iter().map(|n| n.code).collect()
}

fn lost(c: &Conversion) -> Vec<String> {
    c.notes
        .iter()
        .filter(|n| n.lost)
        .map(|n| n.to_string())
        .collect()
}

/// Every note points at something of the input.
fn notes_point_into(c: &Conversion, input: &Value, name: &str) {
    for n in &c.notes {
        assert!(
            input.pointer(&n.path).is_some(),
            "{name}: note {n} points at nothing of the input"
        );
    }
}

fn v2(content: Value) -> Value {
    json!({"messages": [{"sender": "DemoSender",
        "destinations": [{"to": "441134960001"}], "content": content}]})
}

#[test]
fn every_valid_send_fixture_converts_validates_and_comes_back() {
    let all = fixtures(Kind::Request);
    assert!(all.len() > 30, "only {} send fixtures", all.len());
    let mut exact = 0;
    for (name, input) in &all {
        let there = to_messages_api(input);
        notes_point_into(&there, input, name);
        let out = there.output.clone().unwrap();
        if there.is_lossy() {
            assert!(!there.notes.is_empty(), "{name}");
            continue;
        }
        assert_eq!(
            errors(&out, Kind::MessagesApi),
            Vec::<String>::new(),
            "{name}: the Messages API body is invalid"
        );
        let back = from_messages_api(&out);
        assert!(!back.is_lossy(), "{name}: {:?}", lost(&back));
        assert_eq!(
            errors(back.output.as_ref().unwrap(), Kind::Request),
            Vec::<String>::new(),
            "{name}"
        );
        assert_eq!(
            back.output.as_ref(),
            Some(input),
            "{name}: changed by the round trip"
        );
        exact += 1;
    }
    assert!(exact >= 10, "only {exact} fixtures round-tripped exactly");
}

#[test]
fn a_lossy_conversion_still_validates_unless_the_input_lacks_what_the_target_requires() {
    for (name, input) in fixtures(Kind::Request) {
        let there = to_messages_api(&input);
        let incomplete = codes(&there).iter().any(|c| c.ends_with(".incomplete"));
        if !incomplete {
            assert_eq!(
                errors(there.output.as_ref().unwrap(), Kind::MessagesApi),
                Vec::<String>::new(),
                "{name}: {:?}",
                there.notes
            );
        }
    }
}

#[test]
fn every_valid_messages_api_fixture_converts_validates_and_comes_back() {
    let all = fixtures(Kind::MessagesApi);
    assert!(all.len() >= 4);
    let mut exact = 0;
    for (name, input) in &all {
        let back = from_messages_api(input);
        notes_point_into(&back, input, name);
        let out = back.output.clone().unwrap();
        assert_eq!(
            errors(&out, Kind::Request),
            Vec::<String>::new(),
            "{name}: {:?}",
            back.notes
        );
        let again = to_messages_api(&out);
        assert_eq!(
            errors(again.output.as_ref().unwrap(), Kind::MessagesApi),
            Vec::<String>::new(),
            "{name}"
        );
        if !back.is_lossy() && !again.is_lossy() {
            assert_eq!(again.output.as_ref(), Some(input), "{name}");
            exact += 1;
        }
    }
    assert!(exact >= 1, "no Messages API fixture round-tripped exactly");
}

#[test]
fn text_and_every_suggestion_type() {
    let input = v2(json!({"type": "TEXT", "text": "Hi", "suggestions": [
        {"type": "REPLY", "text": "Yes", "postbackData": "y"},
        {"type": "OPEN_URL", "text": "Web", "postbackData": "w", "url": "https://ex.com", "application": "BROWSER"},
        {"type": "OPEN_URL", "text": "Tall", "postbackData": "t", "url": "https://ex.com", "application": "WEBVIEW", "webviewViewMode": "TALL"},
        {"type": "DIAL_PHONE", "text": "Call", "postbackData": "c", "phoneNumber": "+441134960000"},
        {"type": "SHOW_LOCATION", "text": "Map", "postbackData": "m", "latitude": 45.0, "longitude": 15, "label": "Shop"},
        {"type": "REQUEST_LOCATION", "text": "Where", "postbackData": "l"},
        {"type": "CREATE_CALENDAR_EVENT", "text": "Save", "postbackData": "s",
         "startTime": "2030-01-01T10:00:00.000+0000", "endTime": "2030-01-01T11:00:00.000+0000", "title": "T"}]}));
    let c = to_messages_api(&input);
    assert!(!c.is_lossy(), "{:?}", c.notes);
    let out = c.output.unwrap();
    let m = &out["messages"][0];
    assert_eq!(m["channel"], "RCS");
    assert_eq!(m["content"]["body"], json!({"type": "TEXT", "text": "Hi"}));
    let b = &m["content"]["buttons"];
    assert_eq!(b[1]["openIn"], "BROWSER");
    assert_eq!(b[2]["openIn"], "WEBVIEW_TALL");
    assert!(b[2].get("application").is_none() && b[2].get("webviewViewMode").is_none());
    assert_eq!(b[4]["name"], "Shop");
    assert_eq!(b[4]["latitude"], json!(45.0));
    assert!(b[4].get("label").is_none());
    assert_eq!(b[6]["type"], "ADD_CALENDAR_EVENT");
    assert_eq!(
        codes(&to_messages_api(&input)),
        [
            "convert.open_url.open_in",
            "convert.open_url.open_in",
            "convert.show_location.name",
            "convert.calendar_event.renamed"
        ]
    );
    assert_eq!(errors(&out, Kind::MessagesApi), Vec::<String>::new());
    assert_eq!(from_messages_api(&out).output.unwrap(), input);
}

#[test]
fn files_become_image_video_or_document_by_extension() {
    let body = |url: &str, thumb: Option<&str>| {
        let mut c = json!({"type": "FILE", "file": {"url": url}});
        if let Some(t) = thumb {
            c["thumbnail"] = json!({"url": t});
        }
        let out = to_messages_api(&v2(c));
        (
            out.output.clone().unwrap()["messages"][0]["content"]["body"].clone(),
            codes(&out),
        )
    };
    let (b, _) = body("https://ex.com/a.png", None);
    assert_eq!(b, json!({"type": "IMAGE", "url": "https://ex.com/a.png"}));
    let (b, _) = body("https://ex.com/a.mp4", Some("https://ex.com/a.jpg"));
    assert_eq!(b["type"], "VIDEO");
    assert_eq!(b["thumbnailUrl"], "https://ex.com/a.jpg");
    let (b, _) = body("https://ex.com/a.pdf", None);
    assert_eq!(b["type"], "DOCUMENT");
    let (b, c) = body("https://ex.com/a.mp3", None);
    assert_eq!(b["type"], "DOCUMENT");
    assert_eq!(c, ["convert.file.audio"]);
}

#[test]
fn a_card_becomes_a_rich_link_and_says_what_it_loses() {
    let input = v2(
        json!({"type": "CARD", "orientation": "HORIZONTAL", "alignment": "RIGHT",
        "content": {"title": "Shoe", "description": "Our new shoe",
            "media": {"file": {"url": "https://ex.com/s.jpg"}, "height": "TALL"},
            "suggestions": [
                {"type": "REPLY", "text": "Later", "postbackData": "later"},
                {"type": "OPEN_URL", "text": "Buy", "postbackData": "buy", "url": "https://ex.com/buy"}]}}),
    );
    let c = to_messages_api(&input);
    let out = c.output.clone().unwrap();
    let m = &out["messages"][0]["content"];
    assert_eq!(
        m["body"],
        json!({"type": "RICH_LINK", "url": "https://ex.com/s.jpg", "text": "Our new shoe",
            "redirectUrl": "https://ex.com/buy", "buttonText": "Buy",
            "cardOptions": {"orientation": "HORIZONTAL", "alignment": "RIGHT", "height": "TALL"}})
    );
    assert_eq!(
        m["buttons"],
        json!([{"type": "REPLY", "text": "Later", "postbackData": "later"}])
    );
    assert_eq!(
        codes(&c),
        [
            "convert.card.rich_link",
            "convert.card.title_dropped",
            "convert.card.link_button",
            "convert.card.suggestion_moved"
        ]
    );
    assert_eq!(c.notes[1].path, "/messages/0/content/content/title");
    assert!(c.is_lossy());
    assert_eq!(errors(&out, Kind::MessagesApi), Vec::<String>::new());
    // back: a CARD again, with the layout kept
    let back = from_messages_api(&out).output.unwrap();
    let card = &back["messages"][0]["content"];
    assert_eq!(card["type"], "CARD");
    assert_eq!(card["orientation"], "HORIZONTAL");
    assert_eq!(card["content"]["media"]["height"], "TALL");
    assert_eq!(
        card["content"]["suggestions"][0]["url"],
        "https://ex.com/buy"
    );
    assert_eq!(errors(&back, Kind::Request), Vec::<String>::new());
}

#[test]
fn a_carousel_loses_its_card_width_and_gets_medium_back() {
    let card = |n: u8| {
        json!({"title": format!("Card {n}"), "description": "D",
            "media": {"file": {"url": format!("https://ex.com/{n}.jpg")}, "height": "SHORT"},
            "suggestions": [{"type": "REPLY", "text": "Pick", "postbackData": format!("p{n}")}]})
    };
    let input =
        v2(json!({"type": "CAROUSEL", "cardWidth": "SMALL", "contents": [card(1), card(2)]}));
    let c = to_messages_api(&input);
    assert_eq!(codes(&c), ["convert.card_width.dropped"]);
    assert_eq!(c.notes[0].path, "/messages/0/content/cardWidth");
    let out = c.output.unwrap();
    let cards = &out["messages"][0]["content"]["body"]["cards"];
    assert_eq!(cards[1]["body"]["text"], "D");
    assert_eq!(cards[1]["body"]["cardOptions"]["height"], "SHORT");
    assert_eq!(cards[1]["buttons"][0]["postbackData"], "p2");
    assert_eq!(errors(&out, Kind::MessagesApi), Vec::<String>::new());
    let back = from_messages_api(&out);
    assert_eq!(codes(&back), ["convert.card_width.default"]);
    let mut expected = input.clone();
    expected["messages"][0]["content"]["cardWidth"] = json!("MEDIUM");
    assert_eq!(back.output.unwrap(), expected);
}

#[test]
fn provider_templates_delivery_windows_and_notify_are_noted_as_lost() {
    let mut input = v2(json!({"type": "PROVIDER_TEMPLATE", "templateId": "t-1"}));
    input["messages"][0]["options"] = json!({"deliveryTimeWindow": {"days": ["MONDAY"]},
        "mmsFailover": {"sender": "S", "content": {"messageSegments": []}}});
    input["messages"][0]["webhooks"] =
        json!({"delivery": {"url": "https://ex.com", "notify": true}});
    input["messages"][0]["priority"] = json!(1);
    let c = to_messages_api(&input);
    let notes: Vec<(&str, &str)> = c.notes.iter().map(|n| (n.code, n.path.as_str())).collect();
    assert_eq!(
        notes,
        [
            (
                "convert.delivery_time_window.dropped",
                "/messages/0/options/deliveryTimeWindow"
            ),
            (
                "convert.mms_failover.dropped",
                "/messages/0/options/mmsFailover"
            ),
            (
                "convert.provider_template.as_template",
                "/messages/0/content/templateId"
            ),
            (
                "convert.delivery_webhook.dropped",
                "/messages/0/webhooks/delivery/notify"
            ),
            ("convert.member.dropped", "/messages/0/priority"),
        ]
    );
    assert!(c.notes.iter().all(|n| n.lost));
}

#[test]
fn a_text_template_message_becomes_provider_template_content_and_comes_back_unchanged() {
    let (_, input) = fixtures(Kind::MessagesApi)
        .into_iter()
        .find(|(n, _)| n == "hand-messages-api-template-text.json")
        .unwrap();
    let rcs = from_messages_api(&input);
    assert_eq!(codes(&rcs), ["convert.template.provider_template"]);
    assert!(rcs.notes[0].lost);
    assert_eq!(rcs.notes[0].path, "/messages/0/template/templateName");
    let out = rcs.output.unwrap();
    assert_eq!(
        out["messages"][0]["content"],
        json!({"type": "PROVIDER_TEMPLATE", "templateId": "order_shipped",
            "parameters": [{"name": "1", "value": "John"}, {"name": "2", "value": "A-1042"}]})
    );
    assert_eq!(errors(&out, Kind::Request), Vec::<String>::new());
    let back = to_messages_api(&out);
    assert_eq!(codes(&back), ["convert.provider_template.as_template"]);
    assert_eq!(back.output.unwrap(), input);
}

#[test]
fn what_provider_template_content_cannot_hold_of_a_template_message_is_noted_as_lost() {
    let (_, input) = fixtures(Kind::MessagesApi)
        .into_iter()
        .find(|(n, _)| n == "hand-messages-api-template-carousel.json")
        .unwrap();
    let rcs = from_messages_api(&input);
    let notes: Vec<(&str, &str)> = rcs
        .notes
        .iter()
        .map(|n| (n.code, n.path.as_str()))
        .collect();
    assert_eq!(
        notes,
        [
            (
                "convert.template.provider_template",
                "/messages/0/template/templateName"
            ),
            ("convert.member.dropped", "/messages/0/template/language"),
            ("convert.member.dropped", "/messages/0/template/referenceId"),
            ("convert.template.body.dropped", "/messages/0/content/body"),
            ("convert.member.dropped", "/messages/0/content/buttons"),
            (
                "convert.member.dropped",
                "/messages/0/content/expirationTime"
            ),
            ("convert.member.dropped", "/messages/0/content/header"),
        ]
    );
    assert!(rcs.notes.iter().all(|n| n.lost));
    notes_point_into(&rcs, &input, "template carousel");
    let out = rcs.output.unwrap();
    assert_eq!(
        out["messages"][0]["content"],
        json!({"type": "PROVIDER_TEMPLATE", "templateId": "spring_sale"})
    );
    assert_eq!(errors(&out, Kind::Request), Vec::<String>::new());
}

#[test]
fn sms_failover_becomes_a_failover_step_with_by_channel_destinations() {
    let mut input = v2(json!({"type": "TEXT", "text": "Code 1234"}));
    input["messages"][0]["destinations"][0]["messageId"] = json!("m-1");
    input["messages"][0]["options"] = json!({"smsFailover": {"sender": "InfoSMS", "text": "Code 1234",
        "validityPeriod": {"amount": 5, "timeUnit": "MINUTES"},
        "regional": {"southKorea": {"title": "T"}}}});
    let c = to_messages_api(&input);
    assert_eq!(codes(&c), ["convert.sms_failover.step"]);
    let out = c.output.unwrap();
    let m = &out["messages"][0];
    assert_eq!(
        m["destinations"][0],
        json!({"messageId": "m-1", "byChannel": [
            {"channel": "RCS", "to": "441134960001"}, {"channel": "SMS", "to": "441134960001"}]})
    );
    assert_eq!(
        m["failover"],
        json!([{"channel": "SMS", "sender": "InfoSMS", "content": {"body": {"type": "TEXT", "text": "Code 1234"}},
            "validityPeriod": {"amount": 5, "timeUnit": "MINUTES"}}])
    );
    assert_eq!(m["options"]["regional"]["southKorea"]["title"], "T");
    assert_eq!(errors(&out, Kind::MessagesApi), Vec::<String>::new());
    assert_eq!(from_messages_api(&out).output.unwrap(), input);
}

#[test]
fn messages_api_only_things_are_noted_going_back() {
    let input = json!({"messages": [{"channel": "RCS", "sender": "S",
        "destinations": [{"to": "441134960001"}],
        "content": {"body": {"type": "DOCUMENT", "url": "https://ex.com/a.pdf", "text": "Invoice", "filename": "a.pdf"},
            "buttons": [{"type": "DIAL_PHONE", "text": "Call", "phoneNumber": "+441134960000"}]},
        "options": {"adaptationMode": false, "trafficType": "PROMOTIONAL"},
        "failover": [{"channel": "WHATSAPP", "content": {"body": {"type": "TEXT", "text": "x"}}}]}]});
    let c = from_messages_api(&input);
    let notes: Vec<(&str, &str)> = c.notes.iter().map(|n| (n.code, n.path.as_str())).collect();
    assert_eq!(
        notes,
        [
            ("convert.file.text_dropped", "/messages/0/content/body/text"),
            (
                "convert.file.filename_dropped",
                "/messages/0/content/body/filename"
            ),
            (
                "convert.postback_data.filled",
                "/messages/0/content/buttons/0"
            ),
            (
                "convert.adaptation_mode.dropped",
                "/messages/0/options/adaptationMode"
            ),
            ("convert.option.dropped", "/messages/0/options/trafficType"),
            ("convert.failover.dropped", "/messages/0/failover/0"),
        ]
    );
    let out = c.output.unwrap();
    assert_eq!(
        out["messages"][0]["content"]["suggestions"][0]["postbackData"],
        "Call"
    );
    assert_eq!(errors(&out, Kind::Request), Vec::<String>::new());
}

#[test]
fn not_a_request_body() {
    let c = to_messages_api(&json!([1]));
    assert_eq!(c.output, None);
    assert_eq!(codes(&c), ["convert.not_a_request"]);
}

#[test]
fn every_valid_events_fixture_converts_validates_and_comes_back() {
    let all = fixtures(Kind::Events);
    assert!(all.len() >= 5, "only {} events fixtures", all.len());
    let mut exact = 0;
    for (name, input) in &all {
        let there = to_messages_api(input);
        notes_point_into(&there, input, name);
        let out = there.output.clone().unwrap();
        assert_eq!(
            errors(&out, Kind::MessagesApiEvents),
            Vec::<String>::new(),
            "{name}: {:?}",
            there.notes
        );
        let back = from_messages_api(&out);
        assert!(!back.is_lossy(), "{name}: {:?}", lost(&back));
        assert_eq!(
            errors(back.output.as_ref().unwrap(), Kind::Events),
            Vec::<String>::new(),
            "{name}"
        );
        if !there.is_lossy() {
            assert_eq!(back.output.as_ref(), Some(input), "{name}: changed");
            exact += 1;
        }
    }
    assert!(
        exact >= 3,
        "only {exact} events fixtures round-tripped exactly"
    );
}

#[test]
fn every_valid_messages_api_events_fixture_converts_and_validates() {
    let all = fixtures(Kind::MessagesApiEvents);
    assert!(!all.is_empty());
    for (name, input) in &all {
        let back = from_messages_api(input);
        notes_point_into(&back, input, name);
        let out = back.output.clone().unwrap();
        assert_eq!(errors(&out, Kind::Events), Vec::<String>::new(), "{name}");
        let again = to_messages_api(&out);
        assert_eq!(
            errors(again.output.as_ref().unwrap(), Kind::MessagesApiEvents),
            Vec::<String>::new(),
            "{name}"
        );
    }
}

#[test]
fn events_seen_is_direct_typing_is_inferred_and_what_has_no_equivalent_is_noted() {
    let rcs = json!({"events": [
        {"sender": "DemoSender", "destinations": [{"to": "441134960001"}],
         "content": {"type": "SEEN", "messageId": "mo-1"}},
        {"sender": "DemoSender", "destinations": [{"to": "441134960001", "messageId": "e2"}],
         "content": {"type": "TYPING_INDICATOR"},
         "options": {"platform": {"entityId": "e"},
                     "deliveryTimeWindow": {"days": ["MONDAY"]}}}]});
    let c = to_messages_api(&rcs);
    assert_eq!(
        c.output.clone().unwrap(),
        json!({"events": [
            {"channel": "RCS", "sender": "DemoSender", "destinations": [{"to": "441134960001"}],
             "event": "SEEN", "messageId": "mo-1"},
            {"channel": "RCS", "sender": "DemoSender",
             "destinations": [{"to": "441134960001", "messageId": "e2"}],
             "event": "TYPING_STARTED", "options": {"platform": {"entityId": "e"}}}]})
    );
    assert_eq!(
        codes(&c),
        [
            "convert.event.typing_started",
            "convert.delivery_time_window.dropped"
        ]
    );
    assert_eq!(
        lost(&c),
        ["/events/1/options/deliveryTimeWindow: Messages API events have no delivery time window: left out [convert.delivery_time_window.dropped]"]
    );

    let mapi = json!({"events": [
        {"channel": "RCS", "sender": "S", "destinations": [{"to": "441134960001"}],
         "event": "TYPING_STOPPED"},
        {"channel": "RCS", "sender": "S", "destinations": [{"to": "441134960001"}],
         "event": "TYPING_STARTED",
         "options": {"validityPeriod": {"amount": 5, "timeUnit": "MINUTES"}}},
        {"channel": "WHATSAPP", "sender": "S", "destinations": [{"to": "441134960001"}],
         "event": "SEEN", "messageId": "m"}]});
    let c = from_messages_api(&mapi);
    assert_eq!(
        c.output.clone().unwrap(),
        json!({"events": [
            {"sender": "S", "destinations": [{"to": "441134960001"}],
             "content": {"type": "TYPING_INDICATOR"}},
            {"sender": "S", "destinations": [{"to": "441134960001"}],
             "content": {"type": "SEEN", "messageId": "m"}}]})
    );
    assert_eq!(
        codes(&c),
        [
            "convert.event.typing_stopped.dropped",
            "convert.event.typing_indicator",
            "convert.event.validity_period.dropped",
            "convert.channel.not_rcs"
        ]
    );
    let paths: Vec<&str> = c.notes.iter().map(|n| n.path.as_str()).collect();
    assert_eq!(
        paths,
        [
            "/events/0/event",
            "/events/1/event",
            "/events/1/options/validityPeriod",
            "/events/2/channel"
        ]
    );
}

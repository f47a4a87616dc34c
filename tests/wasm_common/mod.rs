//! The core compiled to WebAssembly, run by wasm-bindgen-test in Node (`wasm_node.rs`) and
//! in headless Chromium (`wasm_browser.rs`): same reports as natively, hostile input
//! answered with a report, the module still working afterwards.

use rcs_kit::{validate_str, Options};
use wasm_bindgen_test::wasm_bindgen_test;

const NOW: i64 = 1_798_761_600_000; // 2027-01-01T00:00:00Z

fn codes(body: &str) -> Vec<(String, String)> {
    validate_str(body, &Options::at(NOW))
        .issues()
        .iter()
        .map(|i| (i.code.to_string(), i.path.clone()))
        .collect()
}

#[wasm_bindgen_test]
fn valid_bodies_from_infobip_sdks_are_clean() {
    for body in [
        include_str!("../fixtures/valid/java-sdk-text.json"),
        include_str!("../fixtures/valid/java-sdk-card-url-tracking.json"),
        include_str!("../fixtures/valid/java-sdk-seen-event.json"),
        include_str!("../fixtures/valid/hand-carousel-medium-10-cards.json"),
        include_str!("../fixtures/valid/hand-text-all-suggestion-types.json"),
        include_str!("../fixtures/valid/hand-options-sms-failover.json"),
    ] {
        assert_eq!(codes(body), Vec::<(String, String)>::new());
    }
}

#[wasm_bindgen_test]
fn rule_violations_are_located() {
    let body = r#"{"messages":[{"sender":"S","destinations":[{"to":"call-me"}],"content":{"type":"CARD","orientation":"VERTICAL","alignment":"LEFT","content":{"description":"d"},"suggestions":[{"type":"OPEN_URL","text":"Open","postbackData":"o","url":"javascript:alert(1)","application":"WEBVIEW"},{"type":"SHOW_LOCATION","text":"Map","postbackData":"m","latitude":90.5,"longitude":0}]}}]}"#;
    let got = codes(body);
    for want in [
        ("destination.to.invalid", "/messages/0/destinations/0/to"),
        (
            "card.title_or_media.required",
            "/messages/0/content/content",
        ),
        (
            "suggestion.url.scheme",
            "/messages/0/content/suggestions/0/url",
        ),
        (
            "suggestion.webview_view_mode.required",
            "/messages/0/content/suggestions/0",
        ),
        (
            "suggestion.latitude.out_of_range",
            "/messages/0/content/suggestions/1/latitude",
        ),
    ] {
        assert!(
            got.iter().any(|(c, p)| c == want.0 && p == want.1),
            "{want:?} in {got:?}"
        );
    }
    let report = validate_str(body, &Options::at(NOW));
    assert!(report.to_json().contains(r#""limit":90,"actual":90.5"#));
}

#[wasm_bindgen_test]
fn hostile_input_gets_a_report_and_the_module_keeps_working() {
    let deep = "[".repeat(100_000);
    let big = format!("\"{}\"", "x".repeat(11 * 1024 * 1024));
    let many = format!(
        r#"{{"messages":[{{"sender":"S","destinations":[{{"to":"441134960001"}}],"content":{{"type":"TEXT","text":"x","suggestions":[{}]}}}}]}}"#,
        vec![r#"{"type":"REPLY","text":"","postbackData":""}"#; 20_000].join(",")
    );
    for (body, code) in [
        ("not json", "json.syntax"),
        (deep.as_str(), "json.too_deep"),
        (big.as_str(), "request.too_large"),
        ("[1e999]", "json.number_out_of_range"),
        (r#""\ud800""#, "json.lone_surrogate"),
        (r#"{"a":1,"a":2}"#, "json.duplicate_key"),
        ("\u{0}", "json.syntax"),
    ] {
        assert!(codes(body).iter().any(|(c, _)| c == code), "{code}");
    }
    let r = validate_str(&many, &Options::at(NOW));
    assert_eq!(r.issues().len(), 1000);
    assert!(r.is_truncated());
    assert!(
        rcs_kit::validate_bytes(b"\xff\xfe", &Options::at(NOW)).issues()[0].code
            == "json.invalid_utf8"
    );
    assert_eq!(codes(r#"{"messages":[]}"#)[0].0, "request.messages.too_few");
}

#[wasm_bindgen_test]
fn clock_rules_take_now_as_input() {
    // No clock on wasm32: Options::default() skips time rules instead of panicking.
    let body = r#"{"options":{"schedule":{"sendAt":"2099-01-01T00:00:00Z"}},"messages":[{"sender":"S","destinations":[{"to":"441134960001"}],"content":{"type":"TEXT","text":"x"}}]}"#;
    assert!(validate_str(body, &Options::default()).is_valid());
    assert_eq!(codes(body)[0].0, "schedule.send_at.too_far");
}

#[wasm_bindgen_test]
fn integral_numbers_byte_order_mark_and_utf16_lengths_as_natively() {
    // Integral numbers of any spelling are integers; a fraction is not, and says why.
    let body = include_str!("../fixtures/valid/hand-integral-numbers.json");
    assert_eq!(codes(body), Vec::<(String, String)>::new());
    let fraction = include_str!("../fixtures/invalid/validity-amount-fraction.json");
    let r = validate_str(fraction, &Options::at(NOW));
    // The module has no English: the message is its catalogue entry and parameters.
    let msg = &r.issues()[0].msg;
    assert!(std::ptr::eq(msg.msg, &rcs_kit::validate::walk::TRUNCATED));
    assert_eq!(
        msg.params,
        [
            ("raw", rcs_kit::message::Param::Text("1.5".into())),
            ("value", rcs_kit::message::Param::Num(1.0))
        ]
    );
    // A byte order mark: a warning at the root, then the body's own report.
    let bom = include_str!("../fixtures/warning/json-bom.json");
    assert!(bom.starts_with('\u{FEFF}'));
    let r = validate_str(bom, &Options::at(NOW));
    assert!(r.is_valid());
    assert_eq!(r.issues()[0].code, "json.byte_order_mark");
    assert_eq!(r.issues()[0].path, "");
    // UTF-16 code units over a limit the characters are within: a warning, strict an error.
    let emoji = include_str!("../fixtures/warning/text-utf16-emoji.json");
    let r = validate_str(emoji, &Options::at(NOW));
    assert!(r.is_valid());
    let id = |m| rcs_kit::message::id(m).unwrap();
    let expected = format!(
        r#""code":"length.utf16","path":"/messages/0/content/text","msg":{{"id":{},"params":{{"subject":{{"id":{},"params":{{"field":"text"}}}},"n":3072,"units":6144,"max":3072}}}},"limit":3072,"actual":6144"#,
        id(&rcs_kit::validate::walk::UTF16_OVER),
        id(&rcs_kit::validate::walk::SUBJECT_FIELD)
    );
    assert!(r.to_wire_json().contains(&expected), "{}", r.to_wire_json());
    let strict = Options {
        strict: true,
        ..Options::at(NOW)
    };
    assert!(!validate_str(emoji, &strict).is_valid());
}

/// The advice fixtures (`tests/fixtures/advice/`) give exactly their `.expect` warnings
/// with advice on, as natively (`tests/fixtures.rs`).
#[wasm_bindgen_test]
fn advice_fixtures_give_their_expected_warnings() {
    macro_rules! fixtures {
        ($($name:literal),*) => {
            [$((
                $name,
                include_str!(concat!("../fixtures/advice/", $name, ".json")),
                include_str!(concat!("../fixtures/advice/", $name, ".expect")),
            )),*]
        };
    }
    let all = fixtures!(
        "android-notification",
        "card-description-link",
        "card-horizontal",
        "card-otp",
        "card-suggestions-ios",
        "carousel-small-width",
        "india-hours-send-at",
        "india-hours-window",
        "india-template",
        "text-links"
    );
    let opts = Options {
        advice: true,
        ..Options::at(NOW)
    };
    for (name, body, expect) in all {
        let mut want: Vec<(String, String)> = expect
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
            .map(|l| {
                let (code, path) = l.split_once(' ').unwrap_or((l, ""));
                (code.to_string(), path.trim().to_string())
            })
            .collect();
        let mut got: Vec<(String, String)> = validate_str(body, &opts)
            .issues()
            .iter()
            .map(|i| (i.code.to_string(), i.path.clone()))
            .collect();
        want.sort();
        got.sort();
        assert_eq!(got, want, "{name}");
    }
}

//! Advice beyond the API's rules, opt-in with `Options::advice` (`src/rules/advice.rs`).

use crate::common::{card, clean, full_options, opts, text_body};
use rcs_kit::{validate_str, Options};
use serde_json::json;

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

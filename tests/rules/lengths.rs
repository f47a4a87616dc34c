//! String lengths (`limits`): each limited string at its limit and one past it, both ends.

use crate::common::{
    card, carousel, clean, file, full_options, message, opts, run, s, set, text_body,
};
use rcs_kit::{limits, validate_str, Options};
use serde_json::{json, Value};

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
            json!("字".repeat(3072)),
            json!("字".repeat(3073)),
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

/// The UTF-16 warning of every string with an upper length limit (URLs aside, whose
/// format takes no emoji): at the limit in UTF-16 code units it is clean, one unit past it
/// warns (an error with `--strict`), and past the limit in characters only the error of
/// the limit is reported.
#[test]
fn utf16_lengths_at_and_past_the_limit() {
    let strict = Options {
        strict: true,
        ..opts()
    };
    let mut checked = 0;
    for (base, pointer, ok, _, code) in length_cases() {
        let Some(max) = ok
            .as_str()
            .filter(|t| t.chars().all(|c| c == 'x'))
            .map(str::len)
        else {
            continue;
        };
        if max < 2 || pointer.ends_with("url") {
            continue;
        }
        // max UTF-16 units: clean.
        let at = format!("{}{}", "😀".repeat(max / 2), "a".repeat(max % 2));
        clean(&set(base.clone(), pointer, json!(at)));
        // One unit more, still within the limit in characters: the warning.
        let past = format!("{at}a");
        let chars = past.chars().count();
        let body = set(base.clone(), pointer, json!(past));
        let r = run(&body);
        assert!(r.is_valid(), "{pointer}:\n{r}");
        let issue = r
            .warnings()
            .find(|i| i.code == "length.utf16" && i.path == pointer)
            .unwrap_or_else(|| panic!("expected length.utf16 at {pointer}, got:\n{r}"));
        assert_eq!(issue.limit.map(|l| l.0), Some(max as f64));
        assert_eq!(issue.actual.map(|a| a.0), Some((max + 1) as f64));
        assert!(
            issue.message.ends_with(&format!(
                "has {chars} characters but {} UTF-16 code units: over the limit of {max} if the API counts UTF-16 units, as Java does",
                max + 1
            )),
            "{}",
            issue.message
        );
        let r = validate_str(&body.to_string(), &strict);
        assert!(
            r.errors()
                .any(|i| i.code == "length.utf16" && i.path == pointer),
            "strict: {r}"
        );
        // Past the limit in characters: its error alone.
        let r = run(&set(base, pointer, json!("😀".repeat(max + 1))));
        assert!(
            r.errors().any(|i| i.code == code && i.path == pointer),
            "{r}"
        );
        assert!(r.issues().iter().all(|i| i.code != "length.utf16"), "{r}");
        checked += 1;
    }
    assert!(checked >= 14, "{checked}");
}

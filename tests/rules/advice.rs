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

// ---------------------------------------------------------------- platform guidance

use crate::common::{carousel, message, reply, set};
use rcs_kit::billing::Market;
use rcs_kit::{Report, Severity};
use serde_json::Value;

fn advise_with(v: &Value, o: Options) -> Report {
    validate_str(&v.to_string(), &Options { advice: true, ..o })
}

fn advise(v: &Value) -> Report {
    advise_with(v, opts())
}

/// The issues of `code` in an advice report of `v`, as `(path, message)`.
fn found(v: &Value, code: &str) -> Vec<(String, String)> {
    let r = advise(v);
    assert!(
        r.is_valid(),
        "advice is never an error without strict:\n{r}"
    );
    r.issues()
        .iter()
        .filter(|i| i.code == code)
        .map(|i| (i.path.clone(), i.message.clone()))
        .collect()
}

#[track_caller]
fn advises(v: &Value, code: &str, path: &str) -> String {
    let hits = found(v, code);
    assert!(
        hits.iter().any(|(p, _)| p == path),
        "expected {code} at {path}, got {hits:?}"
    );
    // Advice only with the option: without it the body gets no issue of this code.
    assert!(!run_plain(v).issues().iter().any(|i| i.code == code));
    hits.into_iter()
        .find(|(p, _)| p == path)
        .map(|(_, m)| m)
        .unwrap()
}

#[track_caller]
fn silent(v: &Value, code: &str) {
    let hits = found(v, code);
    assert!(hits.is_empty(), "expected no {code}, got {hits:?}");
}

fn run_plain(v: &Value) -> Report {
    validate_str(&v.to_string(), &opts())
}

/// A vertical card with an image of MEDIUM height (no other advice).
fn plain_card(body: Value) -> Value {
    message(
        json!({"type": "CARD", "orientation": "VERTICAL", "alignment": "LEFT", "content": body}),
    )
}

fn image() -> Value {
    json!({"file": {"url": "https://example.com/a.png"}, "height": "MEDIUM"})
}

const CARD: &str = "/messages/0/content/content";

#[test]
fn links_in_a_card_description_are_not_clickable() {
    let code = "card.description.url_not_clickable";
    let with = |d: &str| plain_card(json!({"title": "T", "description": d, "media": image()}));
    silent(&with("Visit our shop, wwwexample.com is not a link"), code);
    silent(&with("Open https:/example.com"), code);
    for d in [
        "Sale: https://example.com/s",
        "Sale (http://example.com/s)",
        "Sale at www.example.com!",
    ] {
        advises(&with(d), code, &format!("{CARD}/description"));
    }
    // In a carousel card too; a title with a link is not checked (the guidance is about
    // descriptions).
    let mut c = carousel(2);
    c["messages"][0]["content"]["contents"][1]["description"] = json!("https://e.com");
    c["messages"][0]["content"]["contents"][0]["title"] = json!("https://e.com");
    let hits = found(&c, code);
    assert_eq!(hits.len(), 1, "{hits:?}");
    assert_eq!(hits[0].0, "/messages/0/content/contents/1/description");
}

#[test]
fn codes_in_card_text_cannot_be_copied_on_iphones() {
    let code = "card.text.otp_not_copyable";
    let with = |t: &str| plain_card(json!({"title": t, "media": image()}));
    // 4 to 8 digits near a keyword; 3 and 9 are not a code.
    silent(&with("Your code is 123"), code);
    silent(&with("Your code is 123456789"), code);
    for t in [
        "Your code is 1234",
        "OTP: 12345678",
        "12345 is your Verification number",
    ] {
        advises(&with(t), code, &format!("{CARD}/title"));
    }
    // No keyword: an order number is not a code.
    silent(&with("Order 123456 has shipped"), code);
    // The keyword within the 40 characters before the digits, and one character past.
    let gap = |n: usize| format!("code{}1234", " ".repeat(n));
    advises(&with(&gap(36)), code, &format!("{CARD}/title"));
    silent(&with(&gap(37)), code);
    // After the digits too, and in a description.
    let after = plain_card(
        json!({"title": "T", "description": format!("4821{}passcode", " ".repeat(32)), "media": image()}),
    );
    advises(&after, code, &format!("{CARD}/description"));
}

#[test]
fn horizontal_cards_are_truncated_on_iphones() {
    let code = "card.orientation.horizontal_ios";
    let v = plain_card(json!({"title": "T", "media": image()}));
    silent(&v, code);
    let h = set(v, "/messages/0/content/orientation", json!("HORIZONTAL"));
    advises(&h, code, "/messages/0/content/orientation");
}

#[test]
fn iphones_make_one_link_clickable_at_the_end() {
    let code = "text.links.ios";
    let with = |t: &str| message(json!({"type": "TEXT", "text": t}));
    for t in [
        "No link at all",
        "Track: https://e.com/t/1",
        "Track: https://e.com/t/1.",
        "Track: https://e.com/t/1 \n",
    ] {
        silent(&with(t), code);
    }
    let m = advises(
        &with("https://e.com/t/1 is your link"),
        code,
        "/messages/0/content/text",
    );
    assert!(m.contains("end"), "{m}");
    let m = advises(
        &with("https://e.com/a and https://e.com/b"),
        code,
        "/messages/0/content/text",
    );
    assert!(m.starts_with("2 links"), "{m}");
}

#[test]
fn iphones_show_three_replies_and_one_action_per_card() {
    let with = |s: Value| plain_card(json!({"title": "T", "media": image(), "suggestions": s}));
    let action = json!({"type": "DIAL_PHONE", "text": "Call", "postbackData": "c", "phoneNumber": "+441134960001"});
    let three = vec![reply(0), reply(1), reply(2), action.clone()];
    silent(&with(json!(three)), "card.suggestions.ios_replies");
    silent(&with(json!(three)), "card.suggestions.ios_actions");
    let four = json!([reply(0), reply(1), reply(2), reply(3)]);
    advises(
        &with(four.clone()),
        "card.suggestions.ios_replies",
        &format!("{CARD}/suggestions"),
    );
    let two = json!([action.clone(), action]);
    advises(
        &with(two.clone()),
        "card.suggestions.ios_actions",
        &format!("{CARD}/suggestions"),
    );
    // The limit and the count, from the limits table.
    for (v, code, limit, actual) in [
        (with(four), "card.suggestions.ios_replies", 3.0, 4.0),
        (with(two), "card.suggestions.ios_actions", 1.0, 2.0),
    ] {
        let r = advise(&v);
        let i = r.issues().iter().find(|i| i.code == code).unwrap();
        assert_eq!((i.limit.unwrap().0, i.actual.unwrap().0), (limit, actual));
    }
}

#[test]
fn iphones_crop_small_carousels() {
    let code = "carousel.card_width.ios_crop";
    let mut c = carousel(2);
    for i in 0..2 {
        c["messages"][0]["content"]["contents"][i]["media"] = image();
    }
    silent(&c, code);
    let small = set(c, "/messages/0/content/cardWidth", json!("SMALL"));
    advises(&small, code, "/messages/0/content/cardWidth");
}

#[test]
fn a_small_carousel_with_tall_media_names_googles_rule() {
    let mut c = carousel(2);
    c["messages"][0]["content"]["contents"][0]["media"]["height"] = json!("TALL");
    let medium = run_plain(&c);
    let tall = medium
        .issues()
        .iter()
        .find(|i| i.code == "carousel.media.tall")
        .unwrap();
    assert_eq!(tall.path, "/messages/0/content/contents/0/media/height");
    assert!(!tall.message.contains("SMALL"), "{}", tall.message);
    let small = set(c, "/messages/0/content/cardWidth", json!("SMALL"));
    let r = run_plain(&small);
    let tall = r
        .issues()
        .iter()
        .find(|i| i.code == "carousel.media.tall")
        .unwrap();
    assert!(tall.message.contains("SMALL width"), "{}", tall.message);
}

#[test]
fn android_notifications_show_the_first_eligible_suggestion() {
    let code = "content.suggestions.android_notification";
    let at = "/messages/0/content/suggestions";
    let location =
        json!({"type": "REQUEST_LOCATION", "text": "Send location", "postbackData": "l"});
    let with = |s: Value| message(json!({"type": "TEXT", "text": "Hi", "suggestions": s}));
    // One suggestion the notification shows: nothing to say.
    silent(&with(json!([reply(0)])), code);
    silent(&with(json!([])), code);
    let m = advises(&with(json!([reply(0), reply(1)])), code, at);
    assert!(m.contains("only \"Reply 0\""), "{m}");
    let m = advises(&with(json!([location.clone(), reply(1)])), code, at);
    assert!(
        m.contains("share-location") && m.contains("\"Reply 1\""),
        "{m}"
    );
    let m = advises(&with(json!([location])), code, at);
    assert!(m.contains("no suggestion"), "{m}");
    // Every content type with chips: a card's message-level chips.
    let mut c = plain_card(json!({"title": "T", "media": image()}));
    c["messages"][0]["content"]["suggestions"] = json!([reply(0), reply(1)]);
    advises(&c, code, at);
}

fn india(content: Value, to: &str) -> Value {
    let mut v = message(content);
    v["messages"][0]["destinations"][0]["to"] = json!(to);
    v
}

fn template() -> Value {
    json!({"type": "PROVIDER_TEMPLATE", "templateId": "t-1"})
}

#[test]
fn messages_to_india_must_be_registered_templates() {
    let code = "india.template.required";
    let text = json!({"type": "TEXT", "text": "Hi"});
    silent(&india(text.clone(), "441134960001"), code);
    silent(&india(template(), "919876543210"), code);
    for to in ["919876543210", "+919876543210"] {
        advises(&india(text.clone(), to), code, "/messages/0/content/type");
    }
    // 91 with 9 or 11 more digits is not an Indian number.
    silent(&india(text.clone(), "91987654321"), code);
    silent(&india(text.clone(), "9198765432100"), code);
    // The market option: India for every message, or none.
    let uk = india(text.clone(), "441134960001");
    let forced = advise_with(
        &uk,
        Options {
            market: Some(Market::India),
            ..opts()
        },
    );
    assert!(forced
        .issues()
        .iter()
        .any(|i| i.code == code && i.path == "/messages/0/content/type"));
    let global = advise_with(
        &india(text, "919876543210"),
        Options {
            market: Some(Market::Global),
            ..opts()
        },
    );
    assert!(!global.issues().iter().any(|i| i.code == code), "{global}");
}

#[test]
fn promotional_hours_in_india_by_delivery_window() {
    let code = "india.promotional_hours";
    let window = |fh: u32, fm: u32, th: u32, tm: u32| {
        let mut v = india(template(), "919876543210");
        v["messages"][0]["options"] = json!({"deliveryTimeWindow": {"days": ["MONDAY"],
            "from": {"hour": fh, "minute": fm}, "to": {"hour": th, "minute": tm}}});
        v
    };
    let w = "/messages/0/options/deliveryTimeWindow";
    // 07:00-22:00 IST is 01:30-16:30 UTC: both ends on the boundary pass.
    silent(&window(1, 30, 16, 30), code);
    let m = advises(&window(1, 29, 16, 30), code, &format!("{w}/from"));
    assert!(m.contains("01:29 UTC is 06:59 IST"), "{m}");
    let m = advises(&window(1, 30, 16, 31), code, &format!("{w}/to"));
    assert!(m.contains("16:31 UTC is 22:01 IST"), "{m}");
    let r = advise(&window(1, 29, 16, 31));
    let bounds: Vec<(f64, f64)> = r
        .issues()
        .iter()
        .filter(|i| i.code == code)
        .map(|i| (i.limit.unwrap().0, i.actual.unwrap().0))
        .collect();
    assert_eq!(bounds, [(90.0, 89.0), (990.0, 991.0)]);
    // Across midnight UTC: the window runs past 16:30 into the next day.
    let hits = found(&window(16, 0, 1, 0), code);
    assert_eq!(hits.len(), 1, "{hits:?}");
    assert_eq!(hits[0].0, format!("{w}/to"));
    // Not to India: no advice.
    let mut uk = window(0, 0, 23, 59);
    uk["messages"][0]["destinations"][0]["to"] = json!("441134960001");
    silent(&uk, code);
}

#[test]
fn promotional_hours_in_india_by_send_at() {
    let code = "india.promotional_hours";
    let at = |t: &str| {
        let mut v = india(template(), "919876543210");
        v["options"] = json!({"schedule": {"sendAt": t}});
        v
    };
    for t in [
        "2027-01-05T01:30:00Z",
        "2027-01-05T16:30:00Z",
        "2027-01-05T07:00:00+05:30",
        "2027-01-05T10:00:00.000+0000",
    ] {
        silent(&at(t), code);
    }
    for t in [
        "2027-01-05T01:29:59.999Z",
        "2027-01-05T16:30:00.001Z",
        "2027-01-05T22:30:00+05:30",
    ] {
        advises(&at(t), code, "/options/schedule/sendAt");
    }
    // A message with a delivery window within the hours starts in it, whatever sendAt says.
    let mut v = at("2027-01-05T00:00:00Z");
    v["messages"][0]["options"] = json!({"deliveryTimeWindow": {"days": ["MONDAY"],
        "from": {"hour": 2, "minute": 0}, "to": {"hour": 12, "minute": 0}}});
    silent(&v, code);
    // A window of days only says nothing about the hour: sendAt decides.
    v["messages"][0]["options"] = json!({"deliveryTimeWindow": {"days": ["MONDAY"]}});
    advises(&v, code, "/options/schedule/sendAt");
}

#[test]
fn rendering_and_india_advice_are_errors_with_strict() {
    let v = india(
        json!({"type": "CARD", "orientation": "HORIZONTAL", "alignment": "LEFT",
        "content": {"title": "T", "media": image()}}),
        "919876543210",
    );
    let r = advise_with(
        &v,
        Options {
            strict: true,
            ..opts()
        },
    );
    for code in ["card.orientation.horizontal_ios", "india.template.required"] {
        let i = r.issues().iter().find(|i| i.code == code).unwrap();
        assert_eq!(i.severity, Severity::Error, "{code}");
    }
}

#[test]
fn fields_google_added_get_their_own_warning() {
    let mut v = plain_card(json!({"title": "T", "media": image()}));
    v["messages"][0]["content"]["content"]["media"]["contentDescription"] = json!("A red shoe");
    // Not advice: the unknown-field warning it replaces is given without it too.
    let r = run_plain(&v);
    let i = r
        .issues()
        .iter()
        .find(|i| i.code == "field.google_only")
        .unwrap();
    assert_eq!(i.path, format!("{CARD}/media/contentDescription"));
    assert_eq!(i.severity, Severity::Warning);
    assert!(!r.issues().iter().any(|i| i.code == "field.unknown"), "{r}");
    let strict = validate_str(
        &v.to_string(),
        &Options {
            strict: true,
            ..opts()
        },
    );
    assert!(strict
        .issues()
        .iter()
        .any(|i| i.code == "field.google_only" && i.severity == Severity::Error));
    let t = message(json!({"type": "TEXT", "text": "Hi", "persistentSuggestions": [reply(0)]}));
    let r = run_plain(&t);
    assert!(
        r.issues().iter().any(|i| i.code == "field.google_only"
            && i.path == "/messages/0/content/persistentSuggestions"),
        "{r}"
    );
    // Elsewhere the names are plain unknown fields.
    let f = message(
        json!({"type": "FILE", "file": {"url": "https://e.com/a.png", "contentDescription": "x"}}),
    );
    let r = run_plain(&f);
    assert!(r.issues().iter().any(|i| i.code == "field.unknown"), "{r}");
}

/// A GIF is known by its path's extension in any case, whatever its query or fragment
/// says; a `.gif` only in the query is not one.
#[test]
fn gif_by_the_path_before_query_and_fragment() {
    let advice = Options {
        advice: true,
        ..opts()
    };
    for (url, gif) in [
        ("https://e.com/a.GIF?size=2", true),
        ("https://e.com/a.gif#top", true),
        ("https://e.com/anim.Gif", true),
        ("https://e.com/a.png?x=.gif", false),
        ("https://e.com/a.png#.gif", false),
        ("https://e.com/gif", false),
    ] {
        let mut v = full_options(card());
        v["messages"][0]["content"]["content"]["media"]["file"]["url"] = json!(url);
        let r = validate_str(&v.to_string(), &advice);
        let found = r.issues().iter().any(|i| i.code == "media.file.gif_ios");
        assert_eq!(found, gif, "{url}: {r}");
    }
}

//! Array sizes (`limits`): suggestions, cards, destinations, messages, days, at and past bounds.

use crate::common::{card, carousel, fails, full_options, replies, run, set, text_body};
use rcs_kit::limits;
use serde_json::{json, Value};

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

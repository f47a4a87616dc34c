//! The large carousel: one valid request at the limits everywhere, the reference
//! corpus's worst case for a single call.

use crate::json::{obj, s, set};
use crate::limits::{
    at_most, CALLBACK_DATA, CARD_DESCRIPTION, CARD_SUGGESTIONS, CARD_TITLE, CAROUSEL_CARDS,
    MESSAGE_SUGGESTIONS, SUGGESTION_POSTBACK, SUGGESTION_TEXT,
};
use crate::rng::Rng;
use crate::{options, suggestions, text};
use serde_json::Value;

/// The seed of the large carousel (it does not depend on the corpus's seed).
const SEED: u64 = 0x00C0_FFEE_CA20_05E1;

/// A suggestion of `kind` with its text and postback data at their limits.
fn full_suggestion(rng: &mut Rng, kind: &str) -> Value {
    let mut sug = suggestions::of_type(rng, kind);
    set(
        &mut sug,
        "text",
        s(text::limited(
            rng,
            at_most(&SUGGESTION_TEXT),
            at_most(&SUGGESTION_TEXT),
        )),
    );
    let postback = text::limited(
        rng,
        at_most(&SUGGESTION_POSTBACK),
        at_most(&SUGGESTION_POSTBACK),
    );
    set(&mut sug, "postbackData", s(postback));
    sug
}

fn full_card(rng: &mut Rng) -> Value {
    let media = obj([
        ("file", obj([("url", s(text::media_url(rng, "mp4")))])),
        ("thumbnail", obj([("url", s(text::media_url(rng, "jpg")))])),
        ("height", s("MEDIUM")),
    ]);
    let sugs = (0..at_most(&CARD_SUGGESTIONS))
        .map(|j| {
            let kind = suggestions::TYPES.get(j).copied().unwrap_or("REPLY");
            full_suggestion(rng, kind)
        })
        .collect();
    obj([
        (
            "title",
            s(text::limited(
                rng,
                at_most(&CARD_TITLE),
                at_most(&CARD_TITLE),
            )),
        ),
        (
            "description",
            s(text::limited(
                rng,
                at_most(&CARD_DESCRIPTION),
                at_most(&CARD_DESCRIPTION),
            )),
        ),
        ("media", media),
        ("suggestions", Value::Array(sugs)),
    ])
}

/// The large carousel as a JSON value: one message with a 10-card CAROUSEL, each card at
/// its limits (title, description, video with thumbnail, 4 suggestions with full text and
/// postback data), 11 message-level suggestions of every type, every message option, all
/// webhooks, and request-level schedule and tracking.
pub fn value() -> Value {
    let rng = &mut Rng::new(SEED);
    let cards = (0..at_most(&CAROUSEL_CARDS))
        .map(|_| full_card(rng))
        .collect();
    let n = at_most(&MESSAGE_SUGGESTIONS);
    let sugs = (0..n)
        .map(|j| {
            let kind = suggestions::TYPES
                .get(j % suggestions::TYPES.len())
                .copied()
                .unwrap_or("REPLY");
            full_suggestion(rng, kind)
        })
        .collect();
    let content = obj([
        ("type", s("CAROUSEL")),
        ("cardWidth", s("MEDIUM")),
        ("contents", Value::Array(cards)),
        ("suggestions", Value::Array(sugs)),
    ]);
    let destinations = (0..3)
        .map(|_| {
            obj([
                ("to", s(text::msisdn(rng))),
                ("messageId", s(format!("msg-{}", text::hex(rng, 32)))),
            ])
        })
        .collect();
    let mut window = options::delivery_time_window(rng);
    set(
        &mut window,
        "from",
        obj([("hour", Value::from(8)), ("minute", Value::from(0))]),
    );
    set(
        &mut window,
        "to",
        obj([("hour", Value::from(20)), ("minute", Value::from(30))]),
    );
    let mut sms = options::sms_failover(rng);
    set(&mut sms, "sender", s("ShopBrand"));
    let turkey = obj([
        ("brandCode", Value::from(123_456)),
        ("recipientType", s("BIREYSEL")),
    ]);
    set(&mut sms, "regional", obj([("turkeyIys", turkey)]));
    let msg_options = obj([
        (
            "platform",
            obj([
                ("entityId", s("entity-large-carousel")),
                ("applicationId", s("app-large-carousel")),
            ]),
        ),
        (
            "validityPeriod",
            obj([("amount", Value::from(12)), ("timeUnit", s("HOURS"))]),
        ),
        ("deliveryTimeWindow", window),
        ("campaignReferenceId", s("cmp-large-carousel")),
        ("smsFailover", sms),
    ]);
    let webhooks = obj([
        (
            "delivery",
            obj([
                ("url", s("https://hooks.example.com/dlr")),
                ("intermediateReport", Value::from(true)),
                ("notify", Value::from(true)),
                ("receiveTriggeredFailoverReports", Value::from(true)),
            ]),
        ),
        ("contentType", s("application/json")),
        (
            "callbackData",
            s(text::limited(
                rng,
                at_most(&CALLBACK_DATA),
                at_most(&CALLBACK_DATA),
            )),
        ),
        ("seen", obj([("url", s("https://hooks.example.com/seen"))])),
    ]);
    let message = obj([
        ("sender", s("ShopBrand")),
        ("destinations", Value::Array(destinations)),
        ("content", content),
        ("options", msg_options),
        ("webhooks", webhooks),
    ]);
    let mut tracking = options::tracking(rng);
    set(&mut tracking, "customDomain", s("go.example.com"));
    let request_options = obj([("schedule", options::schedule(rng)), ("tracking", tracking)]);
    obj([
        ("messages", Value::Array(vec![message])),
        ("options", request_options),
    ])
}

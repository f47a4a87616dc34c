//! Where delivery and seen reports of a message go.

#[allow(unused_imports)]
use super::*;

/// `webhooks.delivery`.
pub static DELIVERY_WEBHOOK: Object = Object {
    name: "DeliveryWebhook",
    doc: d("Where and how delivery reports are sent."),
    fields: &[
        opt("url", WEBHOOK_URL, "Delivery report URL."),
        opt(
            "intermediateReport",
            Type::Bool,
            "Send intermediate reports.",
        ),
        opt("notify", Type::Bool, "Send delivery reports at all."),
        opt(
            "receiveTriggeredFailoverReports",
            Type::Bool,
            "Also report failover messages.",
        ),
    ],
    legacy: &[],
    rules: &[],
};
/// `webhooks.seen`.
pub static SEEN_WEBHOOK: Object = Object {
    name: "SeenWebhook",
    doc: d("Where seen reports are sent."),
    fields: &[opt("url", WEBHOOK_URL, "Seen report URL.")],
    legacy: &[],
    rules: &[],
};
/// `webhooks`.
pub static WEBHOOKS: Object = Object {
    name: "Webhooks",
    doc: d("Reports about this message."),
    fields: &[
        opt(
            "delivery",
            Type::Object(&DELIVERY_WEBHOOK),
            "Delivery reports.",
        ),
        opt(
            "contentType",
            Type::Enum(&WEBHOOK_CONTENT_TYPE),
            "application/json or application/xml.",
        ),
        opt(
            "callbackData",
            text(Some(&l::CALLBACK_DATA)),
            "Echoed in reports.",
        ),
        opt("seen", Type::Object(&SEEN_WEBHOOK), "Seen reports."),
    ],
    legacy: &[Legacy {
        name: "notifyUrl",
        instead: "`webhooks.delivery.url`",
    }],
    rules: &[],
};

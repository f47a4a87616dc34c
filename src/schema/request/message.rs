//! A message: sender, destinations, content, options, webhooks and its legacy names.

#[allow(unused_imports)]
use super::*;

/// The format of a destination's `to`, shared with the Messages API profile.
pub(crate) const DESTINATION_TO: Format = phone("destination.to.invalid");

/// `destinations[]`.
pub static DESTINATION: Object = Object {
    name: "Destination",
    doc: d("A recipient."),
    fields: &[
        req(
            "to",
            formatted(Some(&l::DESTINATION_TO), DESTINATION_TO),
            "Phone number, digits (e.g. 441134960001).",
        ),
        opt(
            "messageId",
            text(Some(&l::DESTINATION_MESSAGE_ID)),
            "Your id for this message.",
        ),
    ],
    legacy: &[],
    rules: &[],
};
pub(super) static DESTINATIONS: Array = Array {
    items: Type::Object(&DESTINATION),
    count: Some(&l::DESTINATIONS),
};

pub(super) const MESSAGE_LEGACY: &[Legacy] = &[
    Legacy {
        name: "from",
        instead: "`sender`",
    },
    Legacy {
        name: "to",
        instead: "`destinations: [{\"to\": ...}]`",
    },
    Legacy {
        name: "messageId",
        instead: "`destinations[].messageId`",
    },
    Legacy {
        name: "notifyUrl",
        instead: "`webhooks.delivery.url`",
    },
    Legacy {
        name: "notifyContentType",
        instead: "`webhooks.contentType`",
    },
    Legacy {
        name: "callbackData",
        instead: "`webhooks.callbackData`",
    },
    Legacy {
        name: "validityPeriod",
        instead: "`options.validityPeriod: {amount, timeUnit}`",
    },
    Legacy {
        name: "validityPeriodTimeUnit",
        instead: "`options.validityPeriod.timeUnit`",
    },
    Legacy {
        name: "smsFailover",
        instead: "`options.smsFailover`",
    },
    Legacy {
        name: "message",
        instead: "`content`",
    },
];

/// `messages[]`.
pub static MESSAGE: Object = Object {
    name: "Message",
    doc: d("One message to one or more destinations."),
    fields: &[
        req("sender", text(Some(&l::SENDER)), "Your RCS sender (agent)."),
        req(
            "destinations",
            Type::Array(&DESTINATIONS),
            "Recipients, at least one.",
        ),
        req("content", Type::Union(&CONTENT), "What to send."),
        opt(
            "options",
            Type::Object(&MESSAGE_OPTIONS),
            "Validity, delivery window, failover, ...",
        ),
        opt(
            "webhooks",
            Type::Object(&WEBHOOKS),
            "Delivery and seen reports.",
        ),
    ],
    legacy: MESSAGE_LEGACY,
    rules: &[&rules::advice::SMS_FAILOVER_CHECK],
};

//! `POST /rcs/2/messages`: the request body, field by field.
//!
//! Sources: the spec reference `infobip-rcs-api.md`, sections 2-4 and 10.

use super::{
    d, date_time, formatted, http_url, opt, phone, req, text, Array, Field, Format, Legacy, Object,
    Type, Union, SDK, TYPE_INVALID, TYPE_REQUIRED,
};
// The enumerations live in `crate::enums` (the rules read them too); re-exported here
// beside the objects that use them.
pub use crate::enums::{
    ALIGNMENT, APPLICATION, CARD_WIDTH, DAY, HEIGHT, IYS_RECIPIENT_TYPE, ORIENTATION,
    SPEED_TIME_UNIT, VALIDITY_TIME_UNIT, WEBHOOK_CONTENT_TYPE, WEBVIEW_VIEW_MODE,
};
use crate::limits as l;
use crate::rule::Rule;
use crate::rules;

mod content;
mod failover;
mod message;
mod shared;
mod suggestions;
mod webhooks;

pub use content::*;
pub use failover::*;
pub use message::*;
pub use shared::*;
pub use suggestions::*;
pub use webhooks::*;

// ---------------------------------------------------------------- request options

/// `sendingSpeedLimit`.
pub static SENDING_SPEED_LIMIT: Object = Object {
    name: "SendingSpeedLimit",
    doc: d("At most `amount` messages per time unit."),
    fields: &[
        req(
            "amount",
            Type::Integer(Some(&l::SPEED_LIMIT_AMOUNT)),
            "Messages per time unit.",
        ),
        opt(
            "timeUnit",
            Type::Enum(&SPEED_TIME_UNIT),
            "MINUTE, HOUR or DAY.",
        ),
    ],
    legacy: &[],
    rules: &[],
};
/// `options.schedule`.
pub static SCHEDULE: Object = Object {
    name: "Schedule",
    doc: d("Bulk id, scheduled time and speed."),
    fields: &[
        opt("bulkId", text(Some(&l::BULK_ID)), "Your bulk id."),
        opt(
            "sendAt",
            formatted(None, date_time("schedule.send_at.invalid")),
            "When to send (see `schedule.send_at.too_far`).",
        ),
        opt(
            "sendingSpeedLimit",
            Type::Object(&SENDING_SPEED_LIMIT),
            "Throttle.",
        ),
    ],
    legacy: &[],
    rules: &[&rules::options::SCHEDULE_CHECK],
};
/// `options.tracking`.
pub static TRACKING: Object = Object {
    name: "Tracking",
    doc: d("URL shortening and click tracking."),
    fields: &[
        opt(
            "shortenUrl",
            Type::Bool,
            "Shorten URLs; must be true for the other options.",
        ),
        opt("trackClicks", Type::Bool, "Track clicks."),
        opt("trackingUrl", WEBHOOK_URL, "Where click reports go."),
        opt(
            "removeProtocol",
            Type::Bool,
            "Drop http(s):// from shortened URLs.",
        ),
        opt("customDomain", text(None), "A predefined short domain."),
    ],
    legacy: &[],
    rules: &[&rules::options::TRACKING_CHECK],
};
/// `options.messageOrdering`.
pub static MESSAGE_ORDERING: Object = Object {
    name: "MessageOrdering",
    doc: d("Deliver the messages of this request in order."),
    fields: &[
        opt("respectOrder", Type::Bool, "Deliver in array order."),
        opt(
            "stopOnFailure",
            Type::Bool,
            "Stop at the first failed message.",
        ),
    ],
    legacy: &[],
    rules: &[],
};
/// Request-level `options`.
pub static REQUEST_OPTIONS: Object = Object {
    name: "RequestOptions",
    doc: d("Options for the whole request."),
    fields: &[
        opt("schedule", Type::Object(&SCHEDULE), "Scheduling."),
        opt("tracking", Type::Object(&TRACKING), "URL tracking."),
        opt(
            "messageOrdering",
            Type::Object(&MESSAGE_ORDERING),
            "Ordered delivery.",
        ),
    ],
    legacy: &[
        Legacy {
            name: "platform",
            instead: "`messages[].options.platform`",
        },
        Legacy {
            name: "validityPeriod",
            instead: "`messages[].options.validityPeriod`",
        },
    ],
    rules: &[],
};

pub(super) static MESSAGES: Array = Array {
    items: Type::Object(&MESSAGE),
    count: Some(&l::MESSAGES),
};

/// The body of `POST /rcs/2/messages`.
pub static REQUEST: Object = Object {
    name: "SendRequest",
    doc: d("Request body of POST /rcs/2/messages."),
    fields: &[
        req(
            "messages",
            Type::Array(&MESSAGES),
            "The messages, at least one.",
        ),
        opt(
            "options",
            Type::Object(&REQUEST_OPTIONS),
            "Scheduling, tracking, ordering.",
        ),
    ],
    legacy: &[
        Legacy {
            name: "from",
            instead: "`messages[].sender`",
        },
        Legacy {
            name: "to",
            instead: "`messages[].destinations[].to`",
        },
        Legacy {
            name: "content",
            instead: "`messages[].content`",
        },
        Legacy {
            name: "message",
            instead: "`messages[].content`",
        },
        Legacy {
            name: "messageId",
            instead: "`messages[].destinations[].messageId`",
        },
        Legacy {
            name: "notifyUrl",
            instead: "`messages[].webhooks.delivery.url`",
        },
        Legacy {
            name: "notifyContentType",
            instead: "`messages[].webhooks.contentType`",
        },
        Legacy {
            name: "callbackData",
            instead: "`messages[].webhooks.callbackData`",
        },
        Legacy {
            name: "validityPeriod",
            instead: "`messages[].options.validityPeriod`",
        },
        Legacy {
            name: "validityPeriodTimeUnit",
            instead: "`messages[].options.validityPeriod.timeUnit`",
        },
        Legacy {
            name: "smsFailover",
            instead: "`messages[].options.smsFailover`",
        },
        Legacy {
            name: "sendAt",
            instead: "`options.schedule.sendAt`",
        },
        Legacy {
            name: "bulkId",
            instead: "`options.schedule.bulkId`",
        },
        Legacy {
            name: "deliveryTimeWindow",
            instead: "`messages[].options.deliveryTimeWindow`",
        },
        Legacy {
            name: "tracking",
            instead: "`options.tracking`",
        },
    ],
    rules: &[
        &rules::ordering::MESSAGE_ORDERING_CHECK,
        &rules::india::INDIA_CHECK,
    ],
};

/// Fields Google RBM added in 2026 that Infobip's v2 API (SDK 6.4.0 models) does not have
/// yet: the object, the field's name and what it is. The walk reports them with
/// `field.google_only` instead of `field.unknown`. Google's release notes name
/// `Media.contentDescription`; the JSON name of persistent suggestions is inferred
/// (Google's notes name the feature only).
pub static GOOGLE_ONLY: &[(&Object, &str, &str)] = &[
    (&CARD_MEDIA, "contentDescription", "alt text of card media"),
    (
        &TEXT_CONTENT,
        "persistentSuggestions",
        "suggestions kept in the bubble",
    ),
];

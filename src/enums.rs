//! Every closed set of strings of the API, written once: the schema tables, the cross-field
//! rules, the JSON Schema, the TypeScript types and the JavaScript data read them here.
//!
//! ```
//! assert_eq!(rcs_kit::enums::ORIENTATION.values, ["HORIZONTAL", "VERTICAL"]);
//! ```

use crate::rule::Rule;

/// A set of string values, with the rule broken by a value outside it.
///
/// A *closed* set rejects other values (its own `invalid` rule, an error). An *open* set
/// ([`Enumeration::open`]) is one the API adds values to: another value is kept and gets
/// the warning [`UNKNOWN`] (`enum.unknown`).
#[derive(Debug)]
pub struct Enumeration {
    /// Type name (TypeScript / JSON Schema), or what the value is, in messages.
    pub name: &'static str,
    /// The rule broken by a value outside the set.
    pub invalid: Rule,
    /// The allowed (closed) or known (open) values.
    pub values: &'static [&'static str],
    /// Whether a value outside the set is kept (with [`UNKNOWN`]) rather than rejected.
    pub open: bool,
}

impl Enumeration {
    /// An open set: the API adds values, so one outside `values` is kept with the
    /// warning [`UNKNOWN`].
    ///
    /// ```
    /// use rcs_kit::enums::{Enumeration, UNKNOWN};
    /// static CHANNEL: Enumeration = Enumeration::open("channel", &["RCS", "SMS"]);
    /// assert!(CHANNEL.open);
    /// assert_eq!(CHANNEL.invalid.code, UNKNOWN.code);
    /// ```
    pub const fn open(name: &'static str, values: &'static [&'static str]) -> Enumeration {
        Enumeration {
            name,
            invalid: UNKNOWN_VALUE,
            values,
            open: true,
        }
    }
}

pub(crate) const UNKNOWN_VALUE: Rule = Rule::warning(
    "enum.unknown",
    "A value the spec does not list (kept as is: the API adds values).",
    "Infobip API reference (open enumerations of the bodies the API sends)",
);

/// A value outside an open enumeration (or an open union's `type`): kept, with a warning.
pub static UNKNOWN: Rule = UNKNOWN_VALUE;

const SDK: &str = "Infobip SDK models (enum values)";

/// Card orientation.
pub static ORIENTATION: Enumeration = Enumeration {
    name: "Orientation",
    invalid: Rule::error("card.orientation.invalid", "A value outside the set.", SDK),
    values: &["HORIZONTAL", "VERTICAL"],
    open: false,
};
/// Image alignment of a horizontal card.
pub static ALIGNMENT: Enumeration = Enumeration {
    name: "Alignment",
    invalid: Rule::error("card.alignment.invalid", "A value outside the set.", SDK),
    values: &["LEFT", "RIGHT"],
    open: false,
};
/// Media height.
pub static HEIGHT: Enumeration = Enumeration {
    name: "Height",
    invalid: Rule::error("media.height.invalid", "A value outside the set.", SDK),
    values: &["SHORT", "MEDIUM", "TALL"],
    open: false,
};
/// Carousel card width.
pub static CARD_WIDTH: Enumeration = Enumeration {
    name: "CardWidth",
    invalid: Rule::error(
        "carousel.card_width.invalid",
        "A value outside the set.",
        SDK,
    ),
    values: &["SMALL", "MEDIUM"],
    open: false,
};
/// Where an OPEN_URL suggestion opens.
pub static APPLICATION: Enumeration = Enumeration {
    name: "OpenUrlApplication",
    invalid: Rule::error(
        "suggestion.application.invalid",
        "A value outside the set.",
        SDK,
    ),
    values: &["BROWSER", "WEBVIEW"],
    open: false,
};
/// Webview size.
pub static WEBVIEW_VIEW_MODE: Enumeration = Enumeration {
    name: "WebviewViewMode",
    invalid: Rule::error(
        "suggestion.webview_view_mode.invalid",
        "A value outside the set.",
        SDK,
    ),
    values: &["FULL", "HALF", "TALL"],
    open: false,
};
/// Unit of a validity period.
pub static VALIDITY_TIME_UNIT: Enumeration = Enumeration {
    name: "ValidityTimeUnit",
    invalid: Rule::error(
        "validity_period.time_unit.invalid",
        "A value outside the set.",
        SDK,
    ),
    values: &["SECONDS", "MINUTES", "HOURS"],
    open: false,
};
/// Days of a delivery time window.
pub static DAY: Enumeration = Enumeration {
    name: "DeliveryDay",
    invalid: Rule::error(
        "delivery_time_window.day.invalid",
        "A value outside the set.",
        SDK,
    ),
    values: &[
        "MONDAY",
        "TUESDAY",
        "WEDNESDAY",
        "THURSDAY",
        "FRIDAY",
        "SATURDAY",
        "SUNDAY",
    ],
    open: false,
};
/// Unit of a sending speed limit.
pub static SPEED_TIME_UNIT: Enumeration = Enumeration {
    name: "SpeedLimitTimeUnit",
    invalid: Rule::error(
        "sending_speed_limit.time_unit.invalid",
        "A value outside the set.",
        SDK,
    ),
    values: &["MINUTE", "HOUR", "DAY"],
    open: false,
};
/// Content type of webhook calls.
pub static WEBHOOK_CONTENT_TYPE: Enumeration = Enumeration {
    name: "WebhookContentType",
    invalid: Rule::error(
        "webhooks.content_type.invalid",
        "A value outside the set.",
        SDK,
    ),
    values: &["application/json", "application/xml"],
    open: false,
};
/// Format of the capability-check results the API posts to `notifyUrl`.
pub static NOTIFY_CONTENT_TYPE: Enumeration = Enumeration {
    name: "NotifyContentType",
    invalid: Rule::error(
        "capability_notify.notify_content_type.invalid",
        "A value outside the set.",
        "Infobip API reference, POST /rcs/2/capability-check/notify",
    ),
    values: &["application/json", "application/xml"],
    open: false,
};
/// Turkish IYS recipient type.
pub static IYS_RECIPIENT_TYPE: Enumeration = Enumeration {
    name: "IysRecipientType",
    invalid: Rule::error(
        "turkey_iys.recipient_type.invalid",
        "A value outside the set.",
        SDK,
    ),
    values: &["BIREYSEL", "TACIR"],
    open: false,
};

#[cfg(feature = "messages-api")]
/// `channel` of a Messages API message this profile checks: RCS only (the Messages API
/// has many channels; rcs-kit validates the RCS one).
pub static MESSAGES_API_CHANNEL: Enumeration = Enumeration {
    name: "MessagesApiRcsChannel",
    invalid: Rule::error(
        "messages_api.channel.invalid",
        "A Messages API message whose `channel` is not RCS (this profile checks RCS messages only).",
        "Infobip SDK MessagesApiMessage (channel); rcs-kit checks the RCS channel",
    ),
    values: &["RCS"],
    open: false,
};
#[cfg(feature = "messages-api")]
/// `channel` of a Messages API failover step or `byChannel` destination: any channel
/// (open: the Messages API has more channels than the stored sources name; these are the
/// ones `infobip-next.md` section 2 names, another value is kept with `enum.unknown`).
pub static MESSAGES_API_ANY_CHANNEL: Enumeration = Enumeration::open(
    "MessagesApiChannel",
    &["APPLE_MB", "RCS", "SMS", "VIBER_BM", "WHATSAPP"],
);
#[cfg(feature = "messages-api")]
/// Where a Messages API OPEN_URL button opens (`application` and `webviewViewMode` of
/// the RCS API in one).
pub static OPEN_IN: Enumeration = Enumeration {
    name: "MessagesApiOpenIn",
    invalid: Rule::error(
        "messages_api.button.open_in.invalid",
        "A value outside the set.",
        SDK,
    ),
    values: &["BROWSER", "WEBVIEW_FULL", "WEBVIEW_HALF", "WEBVIEW_TALL"],
    open: false,
};
#[cfg(feature = "messages-api")]
/// Traffic type of a Messages API message.
pub static TRAFFIC_TYPE: Enumeration = Enumeration {
    name: "MessagesApiTrafficType",
    invalid: Rule::error(
        "messages_api.options.traffic_type.invalid",
        "A value outside the set.",
        SDK,
    ),
    values: &["PROMOTIONAL", "TRANSACTIONAL"],
    open: false,
};

#[cfg(feature = "messages-api")]
/// `event` of a Messages API event (`POST /messages-api/1/events`).
pub static MESSAGES_API_EVENT: Enumeration = Enumeration {
    name: "MessagesApiEventType",
    invalid: Rule::error(
        "messages_api.event.invalid",
        "A Messages API event that is not TYPING_STARTED, TYPING_STOPPED or SEEN.",
        "Infobip SDK MessagesApiOutboundEventType (Java 6.4.0)",
    ),
    values: &["TYPING_STARTED", "TYPING_STOPPED", "SEEN"],
    open: false,
};

/// Every enumeration, for the generators.
pub static ALL: &[&Enumeration] = &[
    &ORIENTATION,
    &ALIGNMENT,
    &HEIGHT,
    &CARD_WIDTH,
    &APPLICATION,
    &WEBVIEW_VIEW_MODE,
    &VALIDITY_TIME_UNIT,
    &DAY,
    &SPEED_TIME_UNIT,
    &WEBHOOK_CONTENT_TYPE,
    &IYS_RECIPIENT_TYPE,
    &NOTIFY_CONTENT_TYPE,
    #[cfg(feature = "messages-api")]
    &MESSAGES_API_CHANNEL,
    #[cfg(feature = "messages-api")]
    &MESSAGES_API_ANY_CHANNEL,
    #[cfg(feature = "messages-api")]
    &OPEN_IN,
    #[cfg(feature = "messages-api")]
    &TRAFFIC_TYPE,
    #[cfg(feature = "messages-api")]
    &MESSAGES_API_EVENT,
];

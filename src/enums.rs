//! Every closed set of strings of the API, written once: the schema tables, the cross-field
//! rules, the JSON Schema, the TypeScript types and the JavaScript data read them here.
//!
//! ```
//! assert_eq!(rcs_kit::enums::ORIENTATION.values, ["HORIZONTAL", "VERTICAL"]);
//! ```

use crate::rule::Rule;

/// A closed set of string values, with the rule broken by a value outside it.
#[derive(Debug)]
pub struct Enumeration {
    /// Type name (TypeScript / JSON Schema).
    pub name: &'static str,
    /// The rule broken by a value outside the set.
    pub invalid: Rule,
    /// The allowed values.
    pub values: &'static [&'static str],
}

const SDK: &str = "Infobip SDK models (enum values)";

/// Card orientation.
pub static ORIENTATION: Enumeration = Enumeration {
    name: "Orientation",
    invalid: Rule::error("card.orientation.invalid", "A value outside the set.", SDK),
    values: &["HORIZONTAL", "VERTICAL"],
};
/// Image alignment of a horizontal card.
pub static ALIGNMENT: Enumeration = Enumeration {
    name: "Alignment",
    invalid: Rule::error("card.alignment.invalid", "A value outside the set.", SDK),
    values: &["LEFT", "RIGHT"],
};
/// Media height.
pub static HEIGHT: Enumeration = Enumeration {
    name: "Height",
    invalid: Rule::error("media.height.invalid", "A value outside the set.", SDK),
    values: &["SHORT", "MEDIUM", "TALL"],
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
];

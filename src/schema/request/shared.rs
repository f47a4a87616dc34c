//! Pieces several objects share: files by URL, platform ids, validity and delivery windows.

#[allow(unused_imports)]
use super::*;

/// The format of a file URL (its two rules), shared with the Messages API profile.
pub(crate) const FILE_URL: Format = http_url("file.url.invalid", "file.url.scheme");
/// The format of a webhook URL, shared with the Messages API profile.
pub(crate) const WEBHOOK_URL_FORMAT: Format =
    http_url("webhooks.url.invalid", "webhooks.url.scheme");
pub(super) static URL: Type = formatted(Some(&l::URL), FILE_URL);
pub(crate) static WEBHOOK_URL: Type = formatted(Some(&l::URL), WEBHOOK_URL_FORMAT);

/// `{ "url": ... }`: a file, media or thumbnail.
pub static RESOURCE: Object = Object {
    name: "Resource",
    doc: d("A file the API fetches by URL."),
    fields: &[req("url", URL, "http(s) URL of the file.")],
    legacy: &[],
    rules: &[],
};

/// `options.platform`, also used by events.
pub static PLATFORM: Object = Object {
    name: "Platform",
    doc: d("Platform (CPaaS X) identifiers."),
    fields: &[
        opt("entityId", text(Some(&l::PLATFORM_ID)), "Entity id."),
        opt(
            "applicationId",
            text(Some(&l::PLATFORM_ID)),
            "Application id.",
        ),
    ],
    legacy: &[],
    rules: &[],
};

/// `validityPeriod`.
pub static VALIDITY_PERIOD: Object = Object {
    name: "ValidityPeriod",
    doc: d("How long the API tries to deliver; it clamps longer periods (see `validity_period.too_long`)."),
    fields: &[
        req(
            "amount",
            Type::Integer(Some(&l::VALIDITY_AMOUNT)),
            "Amount of time units.",
        ),
        opt(
            "timeUnit",
            Type::Enum(&VALIDITY_TIME_UNIT),
            "SECONDS, MINUTES (default) or HOURS.",
        ),
    ],
    legacy: &[],
    rules: &[&rules::options::VALIDITY_PERIOD_CHECK],
};

/// `deliveryTimeWindow.from` / `.to`.
pub static DELIVERY_TIME: Object = Object {
    name: "DeliveryTime",
    doc: d("A time of day in UTC."),
    fields: &[
        req(
            "hour",
            Type::Integer(Some(&l::DELIVERY_HOUR)),
            "Hour of the day (UTC).",
        ),
        req(
            "minute",
            Type::Integer(Some(&l::DELIVERY_MINUTE)),
            "Minute of the hour.",
        ),
    ],
    legacy: &[],
    rules: &[],
};

pub(super) static DAYS: Array = Array {
    items: Type::Enum(&DAY),
    count: Some(&l::DELIVERY_DAYS),
};

/// `options.deliveryTimeWindow`, also used by events.
pub static DELIVERY_TIME_WINDOW: Object = Object {
    name: "DeliveryTimeWindow",
    doc: d("Days and hours (UTC) in which the message may be delivered."),
    fields: &[
        req("days", Type::Array(&DAYS), "At least one day."),
        opt(
            "from",
            Type::Object(&DELIVERY_TIME),
            "Start; `from` and `to` both or neither, with the minimum span between them.",
        ),
        opt(
            "to",
            Type::Object(&DELIVERY_TIME),
            "End; `from` and `to` both or neither, with the minimum span between them.",
        ),
    ],
    legacy: &[],
    rules: &[&rules::options::DELIVERY_TIME_WINDOW_CHECK],
};

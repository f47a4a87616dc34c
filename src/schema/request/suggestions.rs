//! Suggestions (chips): the six types and their arrays.

#[allow(unused_imports)]
use super::*;

pub(super) const SUGGESTION_TEXT: Field = req(
    "text",
    text(Some(&l::SUGGESTION_TEXT)),
    "Text shown on the chip.",
);
pub(super) const POSTBACK: Field = req(
    "postbackData",
    text(Some(&l::SUGGESTION_POSTBACK)),
    "Data sent back when tapped.",
);

/// Formats of suggestion fields, shared with the Messages API's buttons.
pub(crate) const SUGGESTION_URL: Format =
    http_url("suggestion.url.invalid", "suggestion.url.scheme");
pub(crate) const SUGGESTION_PHONE: Format = phone("suggestion.phone_number.invalid");
pub(crate) const START_TIME: Format = date_time("suggestion.start_time.invalid");
pub(crate) const END_TIME: Format = date_time("suggestion.end_time.invalid");

/// REPLY suggestion.
pub static REPLY: Object = Object {
    name: "ReplySuggestion",
    doc: d("A chip that sends its text back to the agent."),
    fields: &[SUGGESTION_TEXT, POSTBACK],
    legacy: &[],
    rules: &[],
};
/// OPEN_URL suggestion.
pub static OPEN_URL: Object = Object {
    name: "OpenUrlSuggestion",
    doc: d("Opens a URL in the browser or a webview."),
    fields: &[
        SUGGESTION_TEXT,
        POSTBACK,
        req(
            "url",
            formatted(Some(&l::URL), SUGGESTION_URL),
            "http(s) URL (RFC 3986).",
        ),
        opt(
            "application",
            Type::Enum(&APPLICATION),
            "BROWSER (default) or WEBVIEW.",
        ),
        opt(
            "webviewViewMode",
            Type::Enum(&WEBVIEW_VIEW_MODE),
            "FULL, HALF or TALL; required when application is WEBVIEW.",
        ),
    ],
    legacy: &[],
    rules: &[&rules::suggestion::OPEN_URL_CHECK],
};
/// DIAL_PHONE suggestion.
pub static DIAL_PHONE: Object = Object {
    name: "DialPhoneSuggestion",
    doc: d("Starts a call."),
    fields: &[
        SUGGESTION_TEXT,
        POSTBACK,
        req(
            "phoneNumber",
            formatted(Some(&l::SUGGESTION_PHONE), SUGGESTION_PHONE),
            "Phone number: an optional '+', then digits.",
        ),
    ],
    legacy: &[],
    rules: &[],
};
/// SHOW_LOCATION suggestion.
pub static SHOW_LOCATION: Object = Object {
    name: "ShowLocationSuggestion",
    doc: d("Shows a point on a map."),
    fields: &[
        SUGGESTION_TEXT,
        POSTBACK,
        req(
            "latitude",
            Type::Number(Some(&l::LATITUDE)),
            "Latitude in degrees.",
        ),
        req(
            "longitude",
            Type::Number(Some(&l::LONGITUDE)),
            "Longitude in degrees.",
        ),
        opt("label", text(Some(&l::LOCATION_LABEL)), "Label of the pin."),
    ],
    legacy: &[],
    rules: &[],
};
/// REQUEST_LOCATION suggestion.
pub static REQUEST_LOCATION: Object = Object {
    name: "RequestLocationSuggestion",
    doc: d("Asks the user to share a location."),
    fields: &[SUGGESTION_TEXT, POSTBACK],
    legacy: &[],
    rules: &[],
};
/// CREATE_CALENDAR_EVENT suggestion.
pub static CREATE_CALENDAR_EVENT: Object = Object {
    name: "CreateCalendarEventSuggestion",
    doc: d("Adds an event to the user's calendar."),
    fields: &[
        SUGGESTION_TEXT,
        POSTBACK,
        req(
            "startTime",
            formatted(None, START_TIME),
            "Start, in the future, before endTime.",
        ),
        req(
            "endTime",
            formatted(None, END_TIME),
            "End, in the future, after startTime.",
        ),
        req("title", text(Some(&l::CALENDAR_TITLE)), "Event title."),
        opt(
            "description",
            text(Some(&l::CALENDAR_DESCRIPTION)),
            "Event description.",
        ),
    ],
    legacy: &[],
    rules: &[&rules::suggestion::CALENDAR_EVENT_CHECK],
};

/// A suggestion (chip), by `type`.
pub static SUGGESTION: Union = Union {
    name: "Suggestion",
    missing: Rule::error("suggestion.type.required", TYPE_REQUIRED, SDK),
    invalid: Rule::error("suggestion.type.invalid", TYPE_INVALID, SDK),
    open: false,
    variants: &[
        ("REPLY", &REPLY),
        ("OPEN_URL", &OPEN_URL),
        ("DIAL_PHONE", &DIAL_PHONE),
        ("SHOW_LOCATION", &SHOW_LOCATION),
        ("REQUEST_LOCATION", &REQUEST_LOCATION),
        ("CREATE_CALENDAR_EVENT", &CREATE_CALENDAR_EVENT),
    ],
};

pub(super) static MESSAGE_SUGGESTIONS: Array = Array {
    items: Type::Union(&SUGGESTION),
    count: Some(&l::MESSAGE_SUGGESTIONS),
};
pub(super) static CARD_SUGGESTIONS: Array = Array {
    items: Type::Union(&SUGGESTION),
    count: Some(&l::CARD_SUGGESTIONS),
};
pub(super) const CHIPS: Field = opt(
    "suggestions",
    Type::Array(&MESSAGE_SUGGESTIONS),
    "Chips below the message.",
);

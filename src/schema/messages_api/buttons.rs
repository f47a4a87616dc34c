//! Buttons of a Messages API RCS message: REPLY, OPEN_URL, DIAL_PHONE, SHOW_LOCATION,
//! REQUEST_LOCATION and ADD_CALENDAR_EVENT (the RCS API's suggestions, renamed: `openIn`
//! for `application` + `webviewViewMode`, `name` for `label`, ADD_CALENDAR_EVENT for
//! CREATE_CALENDAR_EVENT; `postbackData` optional on OPEN_URL, DIAL_PHONE and
//! SHOW_LOCATION).

use super::{
    BUTTONS, BUTTON_TEXT, CALENDAR_DESCRIPTION, CALENDAR_TITLE, LATITUDE, LOCATION_NAME, LONGITUDE,
    PHONE, POSTBACK, URL,
};
use crate::enums::OPEN_IN;
use crate::rule::Rule;
use crate::rules;
use crate::schema::request::{END_TIME, START_TIME, SUGGESTION_PHONE, SUGGESTION_URL};
use crate::schema::{
    d, formatted, opt, req, text, Array, Field, Object, Type, Union, SDK, TYPE_INVALID,
    TYPE_REQUIRED,
};

const TEXT: Field = req(
    "text",
    text(Some(&BUTTON_TEXT)),
    "Text shown on the button.",
);
const POSTBACK_REQUIRED: Field = req(
    "postbackData",
    text(Some(&POSTBACK)),
    "Data sent back when tapped.",
);
const POSTBACK_OPTIONAL: Field = opt(
    "postbackData",
    text(Some(&POSTBACK)),
    "Data sent back when tapped.",
);

/// REPLY button.
pub static REPLY: Object = Object {
    name: "MessagesApiReplyButton",
    doc: d("Sends its text back to the agent."),
    fields: &[TEXT, POSTBACK_REQUIRED],
    legacy: &[],
    rules: &[],
};
/// OPEN_URL button.
pub static OPEN_URL: Object = Object {
    name: "MessagesApiOpenUrlButton",
    doc: d("Opens a URL in the browser or a webview."),
    fields: &[
        TEXT,
        req(
            "url",
            formatted(Some(&URL), SUGGESTION_URL),
            "http(s) URL (RFC 3986).",
        ),
        POSTBACK_OPTIONAL,
        opt(
            "openIn",
            Type::Enum(&OPEN_IN),
            "BROWSER, WEBVIEW_FULL, WEBVIEW_HALF or WEBVIEW_TALL.",
        ),
    ],
    legacy: &[],
    rules: &[],
};
/// DIAL_PHONE button.
pub static DIAL_PHONE: Object = Object {
    name: "MessagesApiDialPhoneButton",
    doc: d("Starts a call."),
    fields: &[
        TEXT,
        req(
            "phoneNumber",
            formatted(Some(&PHONE), SUGGESTION_PHONE),
            "Phone number: an optional '+', then digits.",
        ),
        POSTBACK_OPTIONAL,
    ],
    legacy: &[],
    rules: &[],
};
/// SHOW_LOCATION button.
pub static SHOW_LOCATION: Object = Object {
    name: "MessagesApiShowLocationButton",
    doc: d("Shows a point on a map."),
    fields: &[
        TEXT,
        req(
            "latitude",
            Type::Number(Some(&LATITUDE)),
            "Latitude in degrees.",
        ),
        req(
            "longitude",
            Type::Number(Some(&LONGITUDE)),
            "Longitude in degrees.",
        ),
        opt("name", text(Some(&LOCATION_NAME)), "Label of the pin."),
        POSTBACK_OPTIONAL,
    ],
    legacy: &[],
    rules: &[],
};
/// REQUEST_LOCATION button.
pub static REQUEST_LOCATION: Object = Object {
    name: "MessagesApiRequestLocationButton",
    doc: d("Asks the user to share a location."),
    fields: &[TEXT, POSTBACK_REQUIRED],
    legacy: &[],
    rules: &[],
};
/// ADD_CALENDAR_EVENT button.
pub static ADD_CALENDAR_EVENT: Object = Object {
    name: "MessagesApiAddCalendarEventButton",
    doc: d("Adds an event to the user's calendar."),
    fields: &[
        TEXT,
        POSTBACK_REQUIRED,
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
        req("title", text(Some(&CALENDAR_TITLE)), "Event title."),
        opt(
            "description",
            text(Some(&CALENDAR_DESCRIPTION)),
            "Event description.",
        ),
    ],
    legacy: &[],
    rules: &[&rules::suggestion::CALENDAR_EVENT_CHECK],
};

/// A button, by `type`.
pub static BUTTON: Union = Union {
    name: "MessagesApiButton",
    missing: Rule::error("messages_api.button.type.required", TYPE_REQUIRED, SDK),
    invalid: Rule::error("messages_api.button.type.invalid", TYPE_INVALID, SDK),
    open: false,
    variants: &[
        ("REPLY", &REPLY),
        ("OPEN_URL", &OPEN_URL),
        ("DIAL_PHONE", &DIAL_PHONE),
        ("SHOW_LOCATION", &SHOW_LOCATION),
        ("REQUEST_LOCATION", &REQUEST_LOCATION),
        ("ADD_CALENDAR_EVENT", &ADD_CALENDAR_EVENT),
    ],
};

pub(super) static MESSAGE_BUTTONS: Array = Array {
    items: Type::Union(&BUTTON),
    count: Some(&BUTTONS),
};

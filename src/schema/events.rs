//! `POST /rcs/1/events`: typing indicators and read receipts.
//!
//! Source: the spec reference `infobip-rcs-api.md`, section 5.1.

use super::request::{DELIVERY_TIME_WINDOW, DESTINATION, PLATFORM};
use super::{
    d, opt, req, text, Array, Field, Legacy, Object, Type, Union, SDK, TYPE_INVALID, TYPE_REQUIRED,
};
use crate::limits as l;
use crate::rule::Rule;

/// SEEN event content: marks a mobile-originated message as read.
pub static SEEN: Object = Object {
    name: "SeenEventContent",
    doc: d("Read receipt for a message the user sent."),
    fields: &[req(
        "messageId",
        text(Some(&l::EVENT_MESSAGE_ID)),
        "Id of the mobile-originated message to mark as seen.",
    )],
    legacy: &[],
    rules: &[],
};

/// TYPING_INDICATOR event content: has no other fields.
pub static TYPING_INDICATOR: Object = Object {
    name: "TypingIndicatorEventContent",
    doc: d("Shows the typing bubble to the user."),
    fields: &[],
    legacy: &[],
    rules: &[],
};

/// Event content, by `type`.
pub static EVENT_CONTENT: Union = Union {
    name: "EventContent",
    missing: Rule::error("event.type.required", TYPE_REQUIRED, SDK),
    invalid: Rule::error("event.type.invalid", TYPE_INVALID, SDK),
    open: false,
    variants: &[("SEEN", &SEEN), ("TYPING_INDICATOR", &TYPING_INDICATOR)],
};

/// Options of an event.
pub static EVENT_OPTIONS: Object = Object {
    name: "EventOptions",
    doc: d("Options of one event."),
    fields: &[
        opt("platform", Type::Object(&PLATFORM), "Platform identifiers."),
        opt(
            "deliveryTimeWindow",
            Type::Object(&DELIVERY_TIME_WINDOW),
            "When delivery may happen.",
        ),
    ],
    legacy: &[],
    rules: &[],
};

static DESTINATIONS: Array = Array {
    items: Type::Object(&DESTINATION),
    count: Some(&l::DESTINATIONS),
};

const SENDER: Field = req("sender", text(Some(&l::SENDER)), "Your RCS sender (agent).");

/// `events[]`.
pub static EVENT: Object = Object {
    name: "Event",
    doc: d("One event to one or more destinations."),
    fields: &[
        SENDER,
        req(
            "destinations",
            Type::Array(&DESTINATIONS),
            "Recipients, at least one.",
        ),
        req(
            "content",
            Type::Union(&EVENT_CONTENT),
            "SEEN or TYPING_INDICATOR.",
        ),
        opt(
            "options",
            Type::Object(&EVENT_OPTIONS),
            "Platform and delivery window.",
        ),
    ],
    legacy: &[
        Legacy {
            name: "from",
            instead: "`sender`",
        },
        Legacy {
            name: "to",
            instead: "`destinations: [{\"to\": ...}]`",
        },
    ],
    rules: &[],
};

static EVENTS: Array = Array {
    items: Type::Object(&EVENT),
    count: Some(&l::EVENTS),
};

/// The body of `POST /rcs/1/events`.
pub static EVENTS_REQUEST: Object = Object {
    name: "EventsRequest",
    doc: d("Request body of POST /rcs/1/events."),
    fields: &[req(
        "events",
        Type::Array(&EVENTS),
        "The events, at least one.",
    )],
    legacy: &[],
    rules: &[],
};

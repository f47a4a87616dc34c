//! `POST /messages-api/1/events` with `channel: "RCS"`: typing indicators and read
//! receipts through the Messages API.
//!
//! Source: Infobip's Java SDK 6.4.0 (2026-03-31): `MessagesApiEventRequest {events*}`,
//! one `MessagesApiOutboundEvent` per item, discriminated by `event`:
//! `MessagesApiOutboundTypingStartedEvent` / `...TypingStoppedEvent` {channel*, sender*,
//! destinations*[{to*, messageId}], options{platform, validityPeriod}} (channel APPLE_MB,
//! RCS or WHATSAPP) and `MessagesApiOutboundSeenEvent` {the same, and messageId*: "ID of
//! the message that should be marked as seen"} (channel RCS only). The SDK test
//! `MessagesApiTest` sends `{"events":[{"channel":..., "sender":..., "destinations":[{"to":...}],
//! "event":"TYPING_STARTED"}]}`. [verified] The lengths are the RCS API's events' limits,
//! carried over ([`EVENTS`], [`EVENT_MESSAGE_ID`], inferred).
//!
//! The three event objects differ only in SEEN's `messageId`, so the table is one object
//! whose `event` is an enumeration, and a rule asks for `messageId` on SEEN (and says it
//! is ignored on the typing events).
//!
//! ```
//! use rcs_kit::{validate_str, Kind, Options};
//! let body = r#"{"events":[{"channel":"RCS","sender":"DemoSender",
//!   "destinations":[{"to":"441134960001"}],"event":"SEEN","messageId":"mo-1"}]}"#;
//! let opts = Options { kind: Some(Kind::MessagesApiEvents), ..Options::at(0) };
//! assert!(validate_str(body, &opts).is_valid());
//! ```

use super::super::request::{DESTINATION_TO, PLATFORM, VALIDITY_PERIOD};
use super::super::{d, formatted, opt, req, text, Array, Object, Type};
use super::{DESTINATION_TO_DIGITS, EVENTS, EVENT_MESSAGE_ID, MESSAGE_ID, SENDER};
use crate::enums::{MESSAGES_API_CHANNEL, MESSAGES_API_EVENT};
use crate::rules;

/// `events[].destinations[]`: `MessagesApiToDestination`.
pub static EVENT_DESTINATION: Object = Object {
    name: "MessagesApiEventDestination",
    doc: d("The recipient of an event."),
    fields: &[
        req(
            "to",
            formatted(Some(&DESTINATION_TO_DIGITS), DESTINATION_TO),
            "Phone number, digits (e.g. 441134960001).",
        ),
        opt(
            "messageId",
            text(Some(&MESSAGE_ID)),
            "Your id for this event.",
        ),
    ],
    legacy: &[],
    rules: &[],
};
static EVENT_DESTINATIONS: Array = Array {
    items: Type::Object(&EVENT_DESTINATION),
    count: Some(&super::DESTINATIONS),
};

/// `events[].options`: `MessagesApiEventOptions`.
pub static EVENT_OPTIONS: Object = Object {
    name: "MessagesApiEventOptions",
    doc: d("Options of one Messages API event."),
    fields: &[
        opt("platform", Type::Object(&PLATFORM), "Platform identifiers."),
        opt(
            "validityPeriod",
            Type::Object(&VALIDITY_PERIOD),
            "How long the event may be delivered.",
        ),
    ],
    legacy: &[],
    rules: &[],
};

/// `events[]`: TYPING_STARTED, TYPING_STOPPED or SEEN.
pub static EVENT: Object = Object {
    name: "MessagesApiEvent",
    doc: d("One event to one or more destinations."),
    fields: &[
        req(
            "channel",
            Type::Enum(&MESSAGES_API_CHANNEL),
            "RCS (this profile checks RCS events).",
        ),
        req("sender", text(Some(&SENDER)), "Your RCS sender (agent)."),
        req(
            "destinations",
            Type::Array(&EVENT_DESTINATIONS),
            "Recipients, at least one.",
        ),
        req(
            "event",
            Type::Enum(&MESSAGES_API_EVENT),
            "TYPING_STARTED, TYPING_STOPPED or SEEN.",
        ),
        opt(
            "messageId",
            text(Some(&EVENT_MESSAGE_ID)),
            "SEEN: id of the mobile-originated message to mark as seen (required there).",
        ),
        opt(
            "options",
            Type::Object(&EVENT_OPTIONS),
            "Platform and validity period.",
        ),
    ],
    legacy: &[],
    rules: &[&rules::messages_api::EVENT_MESSAGE_ID_CHECK],
};
static EVENT_LIST: Array = Array {
    items: Type::Object(&EVENT),
    count: Some(&EVENTS),
};

/// The body of `POST /messages-api/1/events`.
pub static EVENTS_REQUEST: Object = Object {
    name: "MessagesApiEventsRequest",
    doc: d("Request body of POST /messages-api/1/events (channel RCS)."),
    fields: &[req(
        "events",
        Type::Array(&EVENT_LIST),
        "The events, at least one.",
    )],
    legacy: &[],
    rules: &[],
};

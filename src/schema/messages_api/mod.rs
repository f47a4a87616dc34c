//! `POST /messages-api/1/messages` with `channel: "RCS"`: the Messages API's request
//! body, as tables on the common walker.
//!
//! The Messages API is Infobip's omnichannel endpoint: one `body` + `buttons` model for
//! every channel, ordered `failover[]` steps to other channels, and `byChannel`
//! destinations. This profile checks the messages whose `channel` is RCS.
//!
//! Source: the spec reference `infobip-next.md`, section 2 (Infobip's Java and PHP SDK
//! models, 2026-03-31). Neither SDK states a length or a count for Messages API bodies
//! (only `NotBlank`), so every bound here is an RCS API limit **carried over** because
//! the same RCS message results ([`LIMITS`](crate::limits::messages_api::LIMITS), each marked inferred with its reason). Such
//! a limit keeps the RCS API rule's code (`text.text.too_long` at
//! `/messages/0/content/body/text`): it is the same rule of the same RCS message.
//!
//! ```
//! use rcs_kit::{validate_str, Kind, Options};
//! let body = r#"{"messages":[{"channel":"RCS","sender":"DemoSender",
//!   "destinations":[{"to":"441134960001"}],
//!   "content":{"body":{"type":"TEXT","text":"Your order has shipped"},
//!     "buttons":[{"type":"OPEN_URL","text":"Track","url":"https://ex.com/t/1","openIn":"WEBVIEW_HALF"}]}}]}"#;
//! let opts = Options { kind: Some(Kind::MessagesApi), ..Options::at(0) };
//! assert!(validate_str(body, &opts).is_valid());
//! ```

mod body;
mod buttons;
pub mod events;
pub mod template;

pub use body::*;
pub use buttons::*;

use super::request::{
    DESTINATION_TO, PLATFORM, REGIONAL, REQUEST_OPTIONS, SEEN_WEBHOOK, VALIDITY_PERIOD, WEBHOOK_URL,
};
use super::{d, formatted, opt, req, text, Array, Field, Object, Type};
use crate::enums::{
    MESSAGES_API_ANY_CHANNEL, MESSAGES_API_CHANNEL, TRAFFIC_TYPE, WEBHOOK_CONTENT_TYPE,
};
use crate::limits as l;
// The profile's limits live in the one limits table; re-exported beside the tables.
pub use crate::limits::messages_api::*;
use crate::rules;

// ---------------------------------------------------------------- destinations

/// `destinations[].byChannel[]`.
pub static CHANNEL_DESTINATION: Object = Object {
    name: "MessagesApiChannelDestination",
    doc: d("The recipient on one channel (the main one or a failover step's)."),
    fields: &[
        req(
            "channel",
            Type::Enum(&MESSAGES_API_ANY_CHANNEL),
            "The channel.",
        ),
        req("to", text(None), "The recipient on that channel."),
        opt(
            "messageId",
            text(Some(&MESSAGE_ID)),
            "Your id for this message.",
        ),
    ],
    legacy: &[],
    rules: &[],
};
static BY_CHANNEL: Array = Array {
    items: Type::Object(&CHANNEL_DESTINATION),
    count: None,
};

/// `destinations[]`: `{to, messageId}` or `{messageId, byChannel[]}`.
pub static DESTINATION: Object = Object {
    name: "MessagesApiDestination",
    doc: d("A recipient: `to`, or `byChannel` (needed when the message has failover)."),
    fields: &[
        opt(
            "to",
            formatted(Some(&DESTINATION_TO_DIGITS), DESTINATION_TO),
            "Phone number, digits (e.g. 441134960001); not with byChannel.",
        ),
        opt(
            "messageId",
            text(Some(&MESSAGE_ID)),
            "Your id for this message.",
        ),
        opt(
            "byChannel",
            Type::Array(&BY_CHANNEL),
            "The recipient per channel; not with to.",
        ),
    ],
    legacy: &[],
    rules: &[&rules::messages_api::DESTINATION_CHECK],
};
static DESTINATION_LIST: Array = Array {
    items: Type::Object(&DESTINATION),
    count: Some(&DESTINATIONS),
};

// ---------------------------------------------------------------- options and webhooks

/// Per-message `options`.
pub static OPTIONS: Object = Object {
    name: "MessagesApiMessageOptions",
    doc: d("Options of one Messages API message."),
    fields: &[
        opt("platform", Type::Object(&PLATFORM), "Platform identifiers."),
        opt(
            "validityPeriod",
            Type::Object(&VALIDITY_PERIOD),
            "Delivery validity.",
        ),
        opt(
            "adaptationMode",
            Type::Bool,
            "Map what the channel cannot show as best effort (default true).",
        ),
        opt("regional", Type::Object(&REGIONAL), "Regional options."),
        opt(
            "campaignReferenceId",
            text(None),
            "Your campaign reference.",
        ),
        opt(
            "transliteration",
            text(None),
            "Transliteration of the text.",
        ),
        opt(
            "trafficType",
            Type::Enum(&TRAFFIC_TYPE),
            "PROMOTIONAL or TRANSACTIONAL.",
        ),
    ],
    legacy: &[],
    rules: &[],
};

/// `webhooks.delivery`.
pub static DELIVERY_WEBHOOK: Object = Object {
    name: "MessagesApiDeliveryWebhook",
    doc: d("Where and how delivery reports are sent."),
    fields: &[
        opt("url", WEBHOOK_URL, "Delivery report URL."),
        opt(
            "intermediateReport",
            Type::Bool,
            "Send intermediate reports.",
        ),
    ],
    legacy: &[],
    rules: &[],
};

/// `webhooks`.
pub static WEBHOOKS: Object = Object {
    name: "MessagesApiWebhooks",
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
    legacy: &[],
    rules: &[],
};

// ---------------------------------------------------------------- failover

/// A failover step's content.
pub static FAILOVER_CONTENT: Object = Object {
    name: "MessagesApiFailoverContent",
    doc: d("What the failover channel sends."),
    fields: &[req(
        "body",
        Type::Union(&FAILOVER_BODY),
        "The body, as the failover channel takes it.",
    )],
    legacy: &[],
    rules: &[],
};

/// A failover step's `channel` (plain and template messages' steps).
pub(super) const FAILOVER_CHANNEL: Field = req(
    "channel",
    Type::Enum(&MESSAGES_API_ANY_CHANNEL),
    "The failover channel (SMS, WHATSAPP, ...).",
);
/// A failover step's `sender`.
pub(super) const FAILOVER_SENDER: Field = opt("sender", text(None), "The sender on that channel.");
/// A failover step's `validityPeriod`.
pub(super) const FAILOVER_VALIDITY: Field = opt(
    "validityPeriod",
    Type::Object(&VALIDITY_PERIOD),
    "How long this step tries.",
);

/// `failover[]`.
pub static FAILOVER_STEP: Object = Object {
    name: "MessagesApiFailover",
    doc: d("A channel tried, in order, when the message is not delivered."),
    fields: &[
        FAILOVER_CHANNEL,
        FAILOVER_SENDER,
        req(
            "content",
            Type::Object(&FAILOVER_CONTENT),
            "What to send there.",
        ),
        FAILOVER_VALIDITY,
    ],
    legacy: &[],
    rules: &[],
};
static FAILOVER: Array = Array {
    items: Type::Object(&FAILOVER_STEP),
    count: None,
};

// ---------------------------------------------------------------- message and request

/// `messages[].content`.
pub static CONTENT: Object = Object {
    name: "MessagesApiContent",
    doc: d("The body and the buttons below it."),
    fields: &[
        req("body", Type::Union(&BODY), "What to send."),
        opt(
            "buttons",
            Type::Array(&MESSAGE_BUTTONS),
            "Buttons (RCS suggested chips) below the message.",
        ),
    ],
    legacy: &[],
    rules: &[],
};

/// `channel`: the first member of a plain and of a template message.
pub(super) const CHANNEL: Field = req(
    "channel",
    Type::Enum(&MESSAGES_API_CHANNEL),
    "RCS (this profile checks RCS messages).",
);
/// A message's `sender`.
pub(super) const SENDER_FIELD: Field =
    req("sender", text(Some(&SENDER)), "Your RCS sender (agent).");
/// A message's `destinations`.
pub(super) const DESTINATIONS_FIELD: Field = req(
    "destinations",
    Type::Array(&DESTINATION_LIST),
    "Recipients, at least one.",
);
/// A message's `options`.
pub(super) const OPTIONS_FIELD: Field = opt(
    "options",
    Type::Object(&OPTIONS),
    "Validity, adaptation, platform, ...",
);
/// A message's `webhooks`.
pub(super) const WEBHOOKS_FIELD: Field = opt(
    "webhooks",
    Type::Object(&WEBHOOKS),
    "Delivery and seen reports.",
);

/// `messages[]`.
pub static MESSAGE: Object = Object {
    name: "MessagesApiMessage",
    doc: d("One RCS message of the Messages API to one or more destinations."),
    fields: &[
        CHANNEL,
        SENDER_FIELD,
        DESTINATIONS_FIELD,
        req("content", Type::Object(&CONTENT), "What to send."),
        OPTIONS_FIELD,
        WEBHOOKS_FIELD,
        opt(
            "failover",
            Type::Array(&FAILOVER),
            "Channels tried in order when RCS fails; destinations then need byChannel.",
        ),
    ],
    legacy: &[],
    rules: &[
        &rules::messages_api::FAILOVER_DESTINATION_CHECK,
        &rules::messages_api::ADAPTATION_CHECK,
    ],
};
static MESSAGE_LIST: Array = Array {
    items: Type::Switch(&template::MESSAGE_OR_TEMPLATE),
    count: Some(&MESSAGES),
};

/// The body of `POST /messages-api/1/messages`.
pub static REQUEST: Object = Object {
    name: "MessagesApiRequest",
    doc: d("Request body of POST /messages-api/1/messages (channel RCS)."),
    fields: &[
        req(
            "messages",
            Type::Array(&MESSAGE_LIST),
            "The messages, at least one.",
        ),
        opt(
            "options",
            Type::Object(&REQUEST_OPTIONS),
            "Scheduling, tracking, ordering.",
        ),
    ],
    legacy: &[],
    rules: &[],
};

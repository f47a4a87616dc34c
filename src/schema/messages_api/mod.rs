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
//! the same RCS message results ([`LIMITS`], each marked inferred with its reason). Such
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

pub use body::*;
pub use buttons::*;

use super::request::{
    DESTINATION_TO, PLATFORM, REGIONAL, REQUEST_OPTIONS, SEEN_WEBHOOK, VALIDITY_PERIOD, WEBHOOK_URL,
};
use super::{d, formatted, opt, req, text, Array, Object, Type};
use crate::enums::{
    MESSAGES_API_ANY_CHANNEL, MESSAGES_API_CHANNEL, TRAFFIC_TYPE, WEBHOOK_CONTENT_TYPE,
};
use crate::limits::{self as l, carried, Limit};
use crate::rules;

/// Why a carried-over limit applies: the reason every [`LIMITS`] entry shares.
macro_rules! why {
    ($what:literal) => {
        concat!(
            "Inferred: carried over from the RCS API (the Messages API SDKs state no lengths): ",
            $what
        )
    };
}

/// `messages`: at least one.
pub const MESSAGES: Limit = carried(
    l::MESSAGES,
    "messages_api.messages",
    why!("messages is required in both APIs"),
);
/// `sender`: not empty.
pub const SENDER: Limit = carried(
    l::SENDER,
    "messages_api.sender",
    why!("the RCS sender (agent) is the same"),
);
/// `destinations`: at least one.
pub const DESTINATIONS: Limit = carried(
    l::DESTINATIONS,
    "messages_api.destinations",
    why!("a message needs a recipient"),
);
/// `destinations[].to`: a phone number.
pub const DESTINATION_TO_DIGITS: Limit = carried(
    l::DESTINATION_TO,
    "messages_api.destination.to",
    why!("an RCS recipient is a phone number"),
);
/// `destinations[].messageId`: up to 200 characters.
pub const MESSAGE_ID: Limit = carried(
    l::DESTINATION_MESSAGE_ID,
    "messages_api.destination.message_id",
    why!("the same message id is reported back"),
);
/// TEXT `text`.
pub const BODY_TEXT: Limit = carried(
    l::TEXT,
    "messages_api.body.text",
    why!("a TEXT body is sent as an RCS TEXT message"),
);
/// IMAGE, VIDEO and DOCUMENT `text`.
pub const CAPTION: Limit = carried(
    l::TEXT,
    "messages_api.body.caption",
    why!("RCS has no caption: the text of a file body can only be sent as an RCS TEXT message"),
);
/// Every URL.
pub const URL: Limit = carried(
    l::URL,
    "messages_api.url",
    why!("the file or link is fetched or opened as in an RCS message"),
);
/// RICH_LINK `text`.
pub const RICH_LINK_TEXT: Limit = carried(
    l::CARD_DESCRIPTION,
    "messages_api.rich_link.text",
    why!("a RICH_LINK is shown as an RCS card whose description is `text`"),
);
/// CAROUSEL card `title`.
pub const CARD_TITLE: Limit = carried(
    l::CARD_TITLE,
    "messages_api.card.title",
    why!("a carousel card is an RCS card with this title"),
);
/// CAROUSEL card `text`.
pub const CARD_TEXT: Limit = carried(
    l::CARD_DESCRIPTION,
    "messages_api.card.text",
    why!("a carousel card is an RCS card with this description"),
);
/// CAROUSEL `cards`: 2 to 10.
pub const CARDS: Limit = carried(
    l::CAROUSEL_CARDS,
    "messages_api.carousel.cards",
    why!("the result is an RCS carousel"),
);
/// `content.buttons`: up to 11.
pub const BUTTONS: Limit = carried(
    l::MESSAGE_SUGGESTIONS,
    "messages_api.buttons",
    why!("message buttons are RCS suggested chips"),
);
/// Buttons of one carousel card: up to 4.
pub const CARD_BUTTONS: Limit = carried(
    l::CARD_SUGGESTIONS,
    "messages_api.card.buttons",
    why!("a card's buttons are the RCS card's suggestions"),
);
/// A button's `text` (and RICH_LINK `buttonText`).
pub const BUTTON_TEXT: Limit = carried(
    l::SUGGESTION_TEXT,
    "messages_api.button.text",
    why!("a button is an RCS suggestion with this text"),
);
/// A button's `postbackData`.
pub const POSTBACK: Limit = carried(
    l::SUGGESTION_POSTBACK,
    "messages_api.button.postback_data",
    why!("a button's postbackData is the RCS suggestion's"),
);
/// DIAL_PHONE `phoneNumber`.
pub const PHONE: Limit = carried(
    l::SUGGESTION_PHONE,
    "messages_api.button.phone_number",
    why!("DIAL_PHONE is the RCS DIAL_PHONE suggestion"),
);
/// SHOW_LOCATION `latitude`.
pub const LATITUDE: Limit = carried(
    l::LATITUDE,
    "messages_api.button.latitude",
    why!("SHOW_LOCATION is the RCS SHOW_LOCATION suggestion"),
);
/// SHOW_LOCATION `longitude`.
pub const LONGITUDE: Limit = carried(
    l::LONGITUDE,
    "messages_api.button.longitude",
    why!("SHOW_LOCATION is the RCS SHOW_LOCATION suggestion"),
);
/// SHOW_LOCATION `name`.
pub const LOCATION_NAME: Limit = carried(
    l::LOCATION_LABEL,
    "messages_api.button.name",
    why!("`name` is the RCS suggestion's `label`"),
);
/// ADD_CALENDAR_EVENT `title`.
pub const CALENDAR_TITLE: Limit = carried(
    l::CALENDAR_TITLE,
    "messages_api.button.title",
    why!("ADD_CALENDAR_EVENT is the RCS CREATE_CALENDAR_EVENT suggestion"),
);
/// ADD_CALENDAR_EVENT `description`.
pub const CALENDAR_DESCRIPTION: Limit = carried(
    l::CALENDAR_DESCRIPTION,
    "messages_api.button.description",
    why!("ADD_CALENDAR_EVENT is the RCS CREATE_CALENDAR_EVENT suggestion"),
);

/// Every limit of this profile carried over from the RCS API, with its reason.
pub const LIMITS: &[Limit] = &[
    MESSAGES,
    SENDER,
    DESTINATIONS,
    DESTINATION_TO_DIGITS,
    MESSAGE_ID,
    BODY_TEXT,
    CAPTION,
    URL,
    RICH_LINK_TEXT,
    CARD_TITLE,
    CARD_TEXT,
    CARDS,
    BUTTONS,
    CARD_BUTTONS,
    BUTTON_TEXT,
    POSTBACK,
    PHONE,
    LATITUDE,
    LONGITUDE,
    LOCATION_NAME,
    CALENDAR_TITLE,
    CALENDAR_DESCRIPTION,
];

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

/// `failover[]`.
pub static FAILOVER_STEP: Object = Object {
    name: "MessagesApiFailover",
    doc: d("A channel tried, in order, when the message is not delivered."),
    fields: &[
        req(
            "channel",
            Type::Enum(&MESSAGES_API_ANY_CHANNEL),
            "The failover channel (SMS, ...).",
        ),
        opt("sender", text(None), "The sender on that channel."),
        req(
            "content",
            Type::Object(&FAILOVER_CONTENT),
            "What to send there.",
        ),
        opt(
            "validityPeriod",
            Type::Object(&VALIDITY_PERIOD),
            "How long this step tries.",
        ),
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

/// `messages[]`.
pub static MESSAGE: Object = Object {
    name: "MessagesApiMessage",
    doc: d("One RCS message of the Messages API to one or more destinations."),
    fields: &[
        req(
            "channel",
            Type::Enum(&MESSAGES_API_CHANNEL),
            "RCS (this profile checks RCS messages).",
        ),
        req("sender", text(Some(&SENDER)), "Your RCS sender (agent)."),
        req(
            "destinations",
            Type::Array(&DESTINATION_LIST),
            "Recipients, at least one.",
        ),
        req("content", Type::Object(&CONTENT), "What to send."),
        opt(
            "options",
            Type::Object(&OPTIONS),
            "Validity, adaptation, platform, ...",
        ),
        opt(
            "webhooks",
            Type::Object(&WEBHOOKS),
            "Delivery and seen reports.",
        ),
        opt(
            "failover",
            Type::Array(&FAILOVER),
            "Channels tried in order when RCS fails; destinations then need byChannel.",
        ),
    ],
    legacy: &[],
    rules: &[&rules::messages_api::FAILOVER_DESTINATION_CHECK],
};
static MESSAGE_LIST: Array = Array {
    items: Type::Object(&MESSAGE),
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

//! What users send: MO messages (text, file, location) and MO events (a suggestion
//! tapped), spec 6.1 and 6.2.

use super::{CONVERSATION, COUNT, DATE_TIME, INTERACTION_TYPE, NEWER, PLATFORM, PRICE, STR};
use crate::enums;
use crate::limits as l;
use crate::rules::{fields, webhooks as rules};
use crate::schema::{d, expected, opt, req, Array, Field, Object, Type, Union};

/// TEXT message content.
pub static TEXT: Object = Object {
    name: "InboundText",
    doc: d("A text the user sent."),
    fields: &[req("text", STR, "The text.")],
    legacy: &[],
    rules: &[],
};

/// FILE message content.
pub static FILE: Object = Object {
    name: "InboundFile",
    doc: d("A file the user sent."),
    fields: &[
        req("url", STR, "Where to download the file."),
        opt("name", STR, "File name."),
        opt("contentType", STR, "MIME type."),
        opt("size", COUNT, "Size in bytes."),
    ],
    legacy: &[],
    rules: &[],
};

/// LOCATION message content.
pub static LOCATION: Object = Object {
    name: "InboundLocation",
    doc: d("A location the user shared."),
    fields: &[
        req(
            "latitude",
            Type::Number(Some(&l::LOCATION_LATITUDE)),
            "Latitude in degrees.",
        ),
        req(
            "longitude",
            Type::Number(Some(&l::LOCATION_LONGITUDE)),
            "Longitude in degrees.",
        ),
    ],
    legacy: &[],
    rules: &[],
};

/// SUGGESTION message content: the suggestion the user tapped.
pub static SUGGESTION: Object = Object {
    name: "InboundSuggestion",
    doc: d("The suggestion the user tapped."),
    fields: &[
        req("text", STR, "The suggestion's text."),
        req("postbackData", STR, "The suggestion's postback data."),
    ],
    legacy: &[],
    rules: &[],
};

/// `message` of an inbound message or event, by `type` (open: the API adds types).
pub static CONTENT: Union = Union {
    name: "MessageContent",
    missing: fields::REQUIRED_RULE,
    invalid: enums::UNKNOWN_VALUE,
    open: true,
    variants: &[
        ("TEXT", &TEXT),
        ("FILE", &FILE),
        ("LOCATION", &LOCATION),
        ("SUGGESTION", &SUGGESTION),
    ],
};

const SENDER: Field = req("sender", STR, "The user's phone number.");
const TO: Field = req("to", STR, "Your sender.");
const INTEGRATION: Field = req("integrationType", STR, "`RCS`.");
const RECEIVED_AT: Field = req("receivedAt", DATE_TIME, "When the API received it.");
const INTERACTION: Field = expected(
    "interactionType",
    super::Type::Enum(&INTERACTION_TYPE),
    NEWER,
    "The message structure, or EVENT.",
);
const KEYWORD: Field = opt("keyword", STR, "Keyword the message matched.");
const MESSAGE_ID: Field = req("messageId", STR, "Id of the inbound message.");
const PAIRED: Field = opt(
    "pairedMessageId",
    STR,
    "Id of the message this one answers.",
);
const CALLBACK: Field = opt("callbackData", STR, "Your callback data.");
const CAMPAIGN: Field = opt("campaignReferenceId", STR, "Your campaign reference.");
const MESSAGE: Field = req("message", Type::Union(&CONTENT), "What the user sent.");
const PRICE_FIELD: Field = req("price", Type::Object(&PRICE), "What it cost.");
const CONVERSATION_FIELD: Field = expected(
    "conversation",
    Type::Object(&CONVERSATION),
    NEWER,
    "Whether the business may start a conversation.",
);
const PLATFORM_FIELD: Field = expected(
    "platform",
    Type::Object(&PLATFORM),
    NEWER,
    "Platform identifiers.",
);

/// One MO message (`results[]`).
pub static MO_MESSAGE: Object = Object {
    name: "InboundMessage",
    doc: d("A message a user sent."),
    fields: &[
        SENDER,
        TO,
        INTEGRATION,
        RECEIVED_AT,
        INTERACTION,
        expected("rcsCount", COUNT, NEWER, "RCS segments billed."),
        KEYWORD,
        MESSAGE_ID,
        PAIRED,
        CALLBACK,
        CAMPAIGN,
        MESSAGE,
        PRICE_FIELD,
        CONVERSATION_FIELD,
        PLATFORM_FIELD,
    ],
    legacy: &[],
    rules: &[],
};

/// One MO event (`results[]`): a suggestion tapped.
pub static MO_EVENT: Object = Object {
    name: "InboundEvent",
    doc: d("A suggestion a user tapped."),
    fields: &[
        SENDER,
        TO,
        INTEGRATION,
        RECEIVED_AT,
        INTERACTION,
        KEYWORD,
        MESSAGE_ID,
        PAIRED,
        CALLBACK,
        CAMPAIGN,
        MESSAGE,
        PRICE_FIELD,
        CONVERSATION_FIELD,
        PLATFORM_FIELD,
    ],
    legacy: &[],
    rules: &[&rules::EVENT_MESSAGE_TYPE_CHECK],
};

static MO_MESSAGE_LIST: Array = Array {
    items: Type::Object(&MO_MESSAGE),
    count: None,
};
static MO_EVENT_LIST: Array = Array {
    items: Type::Object(&MO_EVENT),
    count: None,
};

/// An MO message batch.
pub static MO_MESSAGES: Object = Object {
    name: "InboundMessages",
    doc: d("A batch of messages users sent."),
    fields: &[
        req("results", Type::Array(&MO_MESSAGE_LIST), "The messages."),
        req("messageCount", COUNT, "Messages in this batch."),
        req("pendingMessageCount", COUNT, "Messages still to come."),
    ],
    legacy: &[],
    rules: &[
        &rules::RESULTS_EMPTY_CHECK,
        &rules::MESSAGE_COUNT_CHECK,
        &rules::MO_MESSAGE_RESULTS_CHECK,
    ],
};

/// An MO event batch.
pub static MO_EVENTS: Object = Object {
    name: "InboundEvents",
    doc: d("A batch of suggestions users tapped."),
    fields: &[
        req("results", Type::Array(&MO_EVENT_LIST), "The events."),
        req("messageCount", COUNT, "Events in this batch."),
        req("pendingMessageCount", COUNT, "Events still to come."),
    ],
    legacy: &[],
    rules: &[
        &rules::RESULTS_EMPTY_CHECK,
        &rules::MESSAGE_COUNT_CHECK,
        &rules::MO_EVENT_RESULTS_CHECK,
    ],
};

//! What happens around a conversation: typing indicators from users and
//! conversation-started events, spec 6.3 and 6.6.

use super::{
    CONVERSATION_EVENT_TYPE, CONVERSATION_TYPE, COUNT, DATE_TIME, PLATFORM, STR,
    TRAFFIC_TYPE_FIELD, TYPING_EVENT_TYPE,
};
use crate::rules::webhooks as rules;
use crate::schema::{d, opt, req, Array, Object, Type};

/// `event` of a typing indicator.
pub static TYPING_EVENT: Object = Object {
    name: "TypingEventContent",
    doc: d("What the user does."),
    fields: &[req(
        "type",
        Type::Enum(&TYPING_EVENT_TYPE),
        "TYPING_INDICATOR.",
    )],
    legacy: &[],
    rules: &[],
};

/// One typing indicator (`results[]`).
pub static TYPING: Object = Object {
    name: "TypingEvent",
    doc: d("A user is typing."),
    fields: &[
        req("sender", STR, "The user's phone number."),
        req("to", STR, "Your sender."),
        req("receivedAt", DATE_TIME, "When the API received it."),
        req("event", Type::Object(&TYPING_EVENT), "What the user does."),
        opt("entityId", STR, "Entity id."),
        opt("applicationId", STR, "Application id."),
    ],
    legacy: &[],
    rules: &[],
};

/// `event` of a conversation-started event.
pub static STARTED_EVENT: Object = Object {
    name: "ConversationStartedEventContent",
    doc: d("What happened."),
    fields: &[req(
        "type",
        Type::Enum(&CONVERSATION_EVENT_TYPE),
        "CONVERSATION_STARTED.",
    )],
    legacy: &[],
    rules: &[],
};

/// `conversation` of a conversation-started event: the billing window.
pub static WINDOW: Object = Object {
    name: "ConversationWindow",
    doc: d("The conversation that started, with its window."),
    fields: &[
        req(
            "type",
            Type::Enum(&CONVERSATION_TYPE),
            "A2P (business first) or P2A (user first).",
        ),
        req("id", STR, "Conversation id."),
        req("startTime", DATE_TIME, "When the window opens."),
        req("endTime", DATE_TIME, "When the window closes."),
    ],
    legacy: &[],
    rules: &[&rules::CONVERSATION_WINDOW_CHECK],
};

/// One conversation-started event (`results[]`).
pub static STARTED: Object = Object {
    name: "ConversationStartedEvent",
    doc: d("A conversation started."),
    fields: &[
        req("messageId", STR, "The message that started it."),
        TRAFFIC_TYPE_FIELD,
        req("event", Type::Object(&STARTED_EVENT), "What happened."),
        req(
            "conversation",
            Type::Object(&WINDOW),
            "The conversation and its window.",
        ),
        req("platform", Type::Object(&PLATFORM), "Platform identifiers."),
    ],
    legacy: &[],
    rules: &[],
};

static TYPING_LIST: Array = Array {
    items: Type::Object(&TYPING),
    count: None,
};
static STARTED_LIST: Array = Array {
    items: Type::Object(&STARTED),
    count: None,
};

/// A typing indicator batch.
pub static TYPING_EVENTS: Object = Object {
    name: "TypingEvents",
    doc: d("A batch of typing indicators."),
    fields: &[
        req("results", Type::Array(&TYPING_LIST), "The events."),
        req("eventCount", COUNT, "Events in this batch."),
        req("pendingEventCount", COUNT, "Events still to come."),
    ],
    legacy: &[],
    rules: &[
        &rules::RESULTS_EMPTY_CHECK,
        &rules::EVENT_COUNT_CHECK,
        &rules::TYPING_RESULTS_CHECK,
    ],
};

/// A conversation-started batch.
pub static CONVERSATIONS_STARTED: Object = Object {
    name: "ConversationStartedEvents",
    doc: d("A batch of conversation-started events."),
    fields: &[
        req("results", Type::Array(&STARTED_LIST), "The events."),
        req("eventCount", COUNT, "Events in this batch."),
        req("pendingEventCount", COUNT, "Events still to come."),
    ],
    legacy: &[],
    rules: &[
        &rules::RESULTS_EMPTY_CHECK,
        &rules::EVENT_COUNT_CHECK,
        &rules::STARTED_RESULTS_CHECK,
    ],
};

//! The bodies Infobip POSTs to your server: every inbound RCS webhook kind as a table,
//! walked by the same walker as the requests ([`validate::walk_doc`](crate::validate::walk_doc))
//! with [`Direction::Inbound`](super::Direction::Inbound).
//!
//! Source: the spec reference `infobip-rcs-api.md`, section 6, and the official SDKs'
//! models. The API adds enum values and members over time, so the enumerations here are
//! open ([`Enumeration::open`]) and unknown members are warnings. Members that the
//! current spec requires but older payloads leave out are
//! [`Presence::Expected`](super::Presence::Expected).
//!
//! ```
//! use rcs_kit::schema::{webhooks, Presence};
//! let rcs_count = webhooks::inbound::MO_MESSAGE.field("rcsCount").unwrap();
//! assert!(matches!(rcs_count.presence, Presence::Expected(_)));
//! assert_eq!(webhooks::ALL.len(), 10);
//! ```

pub mod capability;
pub mod events;
pub mod inbound;
pub mod reports;

pub use capability::{
    CAPABILITY_ASYNC_RESULT, CAPABILITY_NOTIFY_RESPONSE, CAPABILITY_QUERY_RESPONSE,
    CAPABILITY_RESULT,
};
pub use events::{CONVERSATIONS_STARTED, TYPING_EVENTS};
pub use inbound::{MO_EVENTS, MO_MESSAGES};
pub use reports::{DELIVERY_REPORTS, SEEN_REPORTS};

use super::{d, date_time, formatted, opt, req, text, Enumeration, Field, Object, Type};
use crate::limits as l;
use crate::webhooks::{
    CapabilityCode, Channel, ConversationStartedEventType, ConversationType, ErrorGroup,
    GeneralStatus, InteractionType, RcsStatusReason, TrafficType, TypingEventType,
};

/// The table of every webhook body, one per kind.
pub static ALL: &[&Object] = &[
    &MO_MESSAGES,
    &MO_EVENTS,
    &TYPING_EVENTS,
    &DELIVERY_REPORTS,
    &SEEN_REPORTS,
    &CONVERSATIONS_STARTED,
    &CAPABILITY_RESULT,
    &CAPABILITY_ASYNC_RESULT,
    &CAPABILITY_QUERY_RESPONSE,
    &CAPABILITY_NOTIFY_RESPONSE,
];

// ---------------------------------------------------------------- value types

/// Any string.
pub(crate) const STR: Type = text(None);
/// A count the API sends (`messageCount`, `rcsCount`, `size`): a whole number, 0 or more,
/// read as 32-bit unsigned.
pub(crate) const COUNT: Type = Type::Integer(Some(&l::UINT32));
/// A whole number (status and error ids).
pub(crate) const INT: Type = Type::Integer(None);
/// A date-time as the API writes it.
pub(crate) const DATE_TIME: Type = formatted(None, date_time("date_time.invalid"));

/// Why a member the current spec requires may be missing.
pub(crate) const NEWER: &str =
    "the current spec requires it (official SDK 6.x), but older payloads leave it out";
/// Why a member that identifies a report is expected.
pub(crate) const MATCH: &str =
    "the spec marks nothing required here, but without it the report cannot be matched to a message";

// ---------------------------------------------------------------- open enumerations
// The values are the typed model's (`open_enum!` in `rcs_kit::webhooks`), read from there.

/// `trafficType`.
pub static TRAFFIC_TYPE: Enumeration = Enumeration::open(TrafficType::WHAT, TrafficType::KNOWN);
/// `interactionType`.
pub static INTERACTION_TYPE: Enumeration =
    Enumeration::open(InteractionType::WHAT, InteractionType::KNOWN);
/// `channel` of a delivery report.
pub static CHANNEL: Enumeration = Enumeration::open(Channel::WHAT, Channel::KNOWN);
/// `status.groupName`.
pub static GENERAL_STATUS: Enumeration =
    Enumeration::open(GeneralStatus::WHAT, GeneralStatus::KNOWN);
/// `error.groupName`.
pub static ERROR_GROUP: Enumeration = Enumeration::open(ErrorGroup::WHAT, ErrorGroup::KNOWN);
/// `code` of a capability-check result.
pub static CAPABILITY_CODE: Enumeration =
    Enumeration::open(CapabilityCode::WHAT, CapabilityCode::KNOWN);
/// `status` of a number in the answer to an async capability check.
pub static RCS_STATUS_REASON: Enumeration =
    Enumeration::open(RcsStatusReason::WHAT, RcsStatusReason::KNOWN);
/// `event.type` of a typing indicator.
pub static TYPING_EVENT_TYPE: Enumeration =
    Enumeration::open(TypingEventType::WHAT, TypingEventType::KNOWN);
/// `event.type` of a conversation-started event.
pub static CONVERSATION_EVENT_TYPE: Enumeration = Enumeration::open(
    ConversationStartedEventType::WHAT,
    ConversationStartedEventType::KNOWN,
);
/// `conversation.type`.
pub static CONVERSATION_TYPE: Enumeration =
    Enumeration::open(ConversationType::WHAT, ConversationType::KNOWN);

// ---------------------------------------------------------------- shared objects

/// `platform`.
pub static PLATFORM: Object = Object {
    name: "Platform",
    doc: d("The platform the message or event belongs to."),
    fields: &[
        opt("entityId", STR, "Entity id."),
        opt("applicationId", STR, "Application id."),
    ],
    legacy: &[],
    rules: &[],
};

/// `price`.
pub static PRICE: Object = Object {
    name: "Price",
    doc: d("What a message cost."),
    fields: &[
        TRAFFIC_TYPE_FIELD,
        opt(
            "pricePerMessage",
            Type::Number(None),
            "Price of one message.",
        ),
        opt("currency", STR, "Currency of the price."),
    ],
    legacy: &[],
    rules: &[],
};

/// `trafficType`: `null` for messages that are not charged.
pub(crate) const TRAFFIC_TYPE_FIELD: Field = opt(
    "trafficType",
    Type::Enum(&TRAFFIC_TYPE),
    "Billing type; null when not charged.",
)
.nullable();

/// `conversation` of an inbound message or delivery report.
pub static CONVERSATION: Object = Object {
    name: "Conversation",
    doc: d("Whether the business may start a conversation."),
    fields: &[
        req(
            "canInitiate",
            Type::Bool,
            "Whether the business may start one.",
        ),
        opt("id", STR, "Conversation id."),
    ],
    legacy: &[],
    rules: &[],
};

//! Inbound webhooks: what Infobip POSTs to your server (spec section 6).
//!
//! Typed serde models, with the API's JSON names, of every RCS webhook body:
//!
//! | Kind ([`WebhookKind`]) | Body | Infobip model |
//! |---|---|---|
//! | MO message | [`InboundMessages`] | `RcsInboundMessages` |
//! | MO event (a suggestion tapped) | [`InboundEvents`] | `RcsInboundEvents` |
//! | typing indicator from the user | [`TypingEvents`] | `RcsIsTypingEvents` |
//! | delivery report | [`DeliveryReports`] | `RcsWebhookDeliveryReports` |
//! | seen report | [`SeenReports`] | `RcsSeenReports` |
//! | conversation started | [`ConversationStartedEvents`] | `RcsConversationStartedEvents` |
//!
//! The models are *open*: the API adds enum values and members over time, so an enum
//! value this library does not know is kept in an `Other(String)` variant (see
//! [`TrafficType::Other`]), a message content of an unknown `type` in
//! [`InboundContent::Other`], and every unknown member in the `extra` map of its
//! object. Deserializing and serializing again gives the same JSON value (except that an
//! optional member sent as `null` comes back absent; `trafficType: null`, which the API
//! sends for messages that are not charged, is kept).
//!
//! [`inspect`] detects the kind of a body from its shape, checks it against the spec
//! (required members, types, enum values, date-times, coordinates) and writes a summary
//! for a person; [`Webhook::parse`] gives the typed body.
//!
//! ```
//! use rcs_kit::webhooks::{inspect, Webhook, WebhookKind, InboundContent};
//! let body = r#"{"results":[{"sender":"385912345678","to":"DemoSender",
//!   "integrationType":"RCS","receivedAt":"2024-06-14T09:12:00.000+0000",
//!   "messageId":"c0ed295b","message":{"type":"TEXT","text":"Hello"},
//!   "price":{"pricePerMessage":0,"currency":"EUR"}}],
//!   "messageCount":1,"pendingMessageCount":0}"#;
//! let inspection = inspect(body);
//! assert_eq!(inspection.kind, WebhookKind::MoMessage);
//! assert!(inspection.is_well_formed());
//! assert!(inspection.summary.starts_with("MO message, 1 result"));
//!
//! let Ok(Webhook::MoMessages(batch)) = Webhook::parse(body) else { panic!() };
//! let InboundContent::Text(text) = &batch.results[0].message else { panic!() };
//! assert_eq!(text.text, "Hello");
//! ```

mod capability;
mod common;
pub(crate) mod detect;
mod events;
mod inbound;
mod inspect;
mod reports;
pub mod rules;

pub use crate::model::Platform;
pub use capability::{
    CapabilityCheckResult, CapabilityCode, CapabilityNotifyResponse, CapabilityQueryResponse,
    CapabilityRequestState, CapabilityResult, CapabilityResultOptions, CapabilityShape,
    RcsStatusReason,
};
pub use common::{
    Channel, Conversation, ErrorGroup, GeneralStatus, InteractionType, MessageError, Price, Status,
    TrafficType,
};
pub use events::{
    ConversationStartedEvent, ConversationStartedEventContent, ConversationStartedEventType,
    ConversationStartedEvents, ConversationType, ConversationWindow, TypingEvent,
    TypingEventContent, TypingEventType, TypingEvents,
};
pub use inbound::{
    InboundContent, InboundEvent, InboundEvents, InboundFile, InboundLocation, InboundMessage,
    InboundMessages, InboundSuggestion, InboundText,
};
pub use inspect::{detect_kind, inspect, Inspection};
pub use reports::{DeliveryReport, DeliveryReports, SeenReport, SeenReports};

use crate::rule::Rule;
use serde::Serialize;
use serde_json::Value;

/// Every rule of the inspector itself (the bodies' rules are the tables').
pub static RULES: &[&Rule] = &[&rules::KIND_UNKNOWN, &rules::MODEL];
use std::fmt;

/// Members of a JSON object that the model has no field for, kept for a lossless round
/// trip (the same type as [`model::Extra`](crate::model::Extra)).
pub type Extra = serde_json::Map<String, Value>;

/// Defines an open string enum: known values as unit variants, anything else kept in
/// `Other(String)`; (de)serialized as the JSON string.
macro_rules! open_enum {
    (
        $(#[$meta:meta])*
        $name:ident ($what:literal) {
            $( $(#[$vmeta:meta])* $variant:ident = $wire:literal, )+
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash)]
        pub enum $name {
            $( $(#[$vmeta])* $variant, )+
            /// A value this library does not know (the API adds values), kept exactly as
            /// sent.
            Other(String),
        }

        impl $name {
            /// The values the spec lists, in its order.
            pub const KNOWN: &'static [&'static str] = &[$($wire),+];

            /// What this enum holds, in messages.
            pub const WHAT: &'static str = $what;

            /// The value for a JSON string: a known variant, or `Other`.
            pub fn from_wire(s: &str) -> Self {
                match s {
                    $( $wire => $name::$variant, )+
                    other => $name::Other(other.to_owned()),
                }
            }

            /// The JSON string.
            pub fn as_str(&self) -> &str {
                match self {
                    $( $name::$variant => $wire, )+
                    $name::Other(s) => s,
                }
            }

            /// False for `Other`.
            pub fn is_known(&self) -> bool {
                !matches!(self, $name::Other(_))
            }
        }

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl From<&str> for $name {
            fn from(s: &str) -> Self {
                $name::from_wire(s)
            }
        }

        impl ::serde::Serialize for $name {
            fn serialize<S: ::serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }

        impl<'de> ::serde::Deserialize<'de> for $name {
            fn deserialize<D: ::serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let s = <::std::borrow::Cow<'de, str> as ::serde::Deserialize>::deserialize(d)?;
                Ok($name::from_wire(&s))
            }
        }
    };
}
pub(crate) use open_enum;

/// `Option<Option<T>>` for a member that may be absent (`None`), `null`
/// (`Some(None)`) or a value, so that `null` survives a round trip.
pub(crate) mod nullable {
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    /// Present members: `null` becomes `Some(None)`. Absent ones get the field's
    /// `#[serde(default)]`, `None`.
    pub fn deserialize<'de, T: Deserialize<'de>, D: Deserializer<'de>>(
        d: D,
    ) -> Result<Option<Option<T>>, D::Error> {
        Option::<T>::deserialize(d).map(Some)
    }

    /// Used with `skip_serializing_if = "Option::is_none"`: writes `null` or the value.
    pub fn serialize<T: Serialize, S: Serializer>(
        v: &Option<Option<T>>,
        s: S,
    ) -> Result<S::Ok, S::Error> {
        match v {
            Some(Some(v)) => v.serialize(s),
            _ => s.serialize_none(),
        }
    }
}

/// Which webhook a body is, detected from its shape by [`detect_kind`].
///
/// ```
/// use rcs_kit::webhooks::WebhookKind;
/// assert_eq!(WebhookKind::DeliveryReport.name(), "Delivery report");
/// assert_eq!(WebhookKind::DeliveryReport.model_name(), "RcsWebhookDeliveryReports");
/// assert_eq!(WebhookKind::SeenReport.to_string(), "seen-report");
/// assert!(!WebhookKind::Unknown.is_known());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum WebhookKind {
    /// A message from the user (`RcsInboundMessages`, spec 6.1).
    MoMessage,
    /// The user tapped a suggestion (`RcsInboundEvents`, spec 6.2).
    MoEvent,
    /// The user is typing (`RcsIsTypingEvents`, spec 6.3).
    TypingIndicator,
    /// Delivery reports (`RcsWebhookDeliveryReports`, spec 6.4).
    DeliveryReport,
    /// Seen reports (`RcsSeenReports`, spec 6.5).
    SeenReport,
    /// A conversation (billing window) started (`RcsConversationStartedEvents`, 6.6).
    ConversationStarted,
    /// The result of an async capability check for one number
    /// (`RcsCapabilityCheckAsyncResult`), flat or nested.
    CapabilityResult,
    /// The answer to a sync capability check (`RcsCapabilityCheckSyncResponse`): not a
    /// webhook, but a body Infobip sends you, checked the same way.
    CapabilityQueryResponse,
    /// The answer to an async capability check (`RcsCapabilityCheckAsyncResponse`).
    CapabilityNotifyResponse,
    /// Not a body of any of the above.
    Unknown,
}

impl WebhookKind {
    /// Every known kind.
    pub const ALL: [WebhookKind; 9] = [
        WebhookKind::MoMessage,
        WebhookKind::MoEvent,
        WebhookKind::TypingIndicator,
        WebhookKind::DeliveryReport,
        WebhookKind::SeenReport,
        WebhookKind::ConversationStarted,
        WebhookKind::CapabilityResult,
        WebhookKind::CapabilityQueryResponse,
        WebhookKind::CapabilityNotifyResponse,
    ];

    /// For a person: `MO message`, `Delivery report`, ...
    pub fn name(self) -> &'static str {
        match self {
            WebhookKind::MoMessage => "MO message",
            WebhookKind::MoEvent => "MO event (suggestion tapped)",
            WebhookKind::TypingIndicator => "Typing indicator",
            WebhookKind::DeliveryReport => "Delivery report",
            WebhookKind::SeenReport => "Seen report",
            WebhookKind::ConversationStarted => "Conversation started",
            WebhookKind::CapabilityResult => "Capability check result",
            WebhookKind::CapabilityQueryResponse => "Capability check answer (sync)",
            WebhookKind::CapabilityNotifyResponse => "Capability check answer (async)",
            WebhookKind::Unknown => "Unknown webhook",
        }
    }

    /// In a sentence: `MO message`, `delivery report`, `conversation-started event`, ...
    ///
    /// ```
    /// use rcs_kit::webhooks::WebhookKind;
    /// assert_eq!(format!("a well-formed {}", WebhookKind::MoEvent.noun()), "a well-formed MO event");
    /// ```
    pub fn noun(self) -> &'static str {
        match self {
            WebhookKind::MoMessage => "MO message",
            WebhookKind::MoEvent => "MO event",
            WebhookKind::TypingIndicator => "typing indicator",
            WebhookKind::DeliveryReport => "delivery report",
            WebhookKind::SeenReport => "seen report",
            WebhookKind::ConversationStarted => "conversation-started event",
            WebhookKind::CapabilityResult => "capability-check result",
            WebhookKind::CapabilityQueryResponse => "sync capability-check answer",
            WebhookKind::CapabilityNotifyResponse => "async capability-check answer",
            WebhookKind::Unknown => "unknown webhook",
        }
    }

    /// A stable identifier: `mo-message`, `mo-event`, `typing-indicator`,
    /// `delivery-report`, `seen-report`, `conversation-started`, `capability-result`,
    /// `capability-query-response`, `capability-notify-response`, `unknown`.
    pub fn as_str(self) -> &'static str {
        match self {
            WebhookKind::MoMessage => "mo-message",
            WebhookKind::MoEvent => "mo-event",
            WebhookKind::TypingIndicator => "typing-indicator",
            WebhookKind::DeliveryReport => "delivery-report",
            WebhookKind::SeenReport => "seen-report",
            WebhookKind::ConversationStarted => "conversation-started",
            WebhookKind::CapabilityResult => "capability-result",
            WebhookKind::CapabilityQueryResponse => "capability-query-response",
            WebhookKind::CapabilityNotifyResponse => "capability-notify-response",
            WebhookKind::Unknown => "unknown",
        }
    }

    /// The name of Infobip's model of the body (official SDKs), e.g. `RcsInboundMessages`.
    pub fn model_name(self) -> &'static str {
        match self {
            WebhookKind::MoMessage => "RcsInboundMessages",
            WebhookKind::MoEvent => "RcsInboundEvents",
            WebhookKind::TypingIndicator => "RcsIsTypingEvents",
            WebhookKind::DeliveryReport => "RcsWebhookDeliveryReports",
            WebhookKind::SeenReport => "RcsSeenReports",
            WebhookKind::ConversationStarted => "RcsConversationStartedEvents",
            WebhookKind::CapabilityResult => "RcsCapabilityCheckAsyncResult",
            WebhookKind::CapabilityQueryResponse => "RcsCapabilityCheckSyncResponse",
            WebhookKind::CapabilityNotifyResponse => "RcsCapabilityCheckAsyncResponse",
            WebhookKind::Unknown => "(none)",
        }
    }

    /// False for [`WebhookKind::Unknown`].
    pub fn is_known(self) -> bool {
        self != WebhookKind::Unknown
    }
}

impl fmt::Display for WebhookKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A typed webhook body of any kind.
///
/// Serializes as the body itself (no wrapper). [`Webhook::parse`] detects the kind;
/// [`Webhook::from_value`] takes it from you.
///
/// ```
/// use rcs_kit::webhooks::{Webhook, WebhookKind};
/// let body = r#"{"results":[{"messageId":"m1","from":"DemoSender","to":"441134960001",
///   "sentAt":"2024-06-14T09:12:00.000+0000","seenAt":"2024-06-14T09:13:00.000+0000"}]}"#;
/// let hook = Webhook::parse(body).unwrap();
/// assert_eq!(hook.kind(), WebhookKind::SeenReport);
/// let back = serde_json::to_value(&hook).unwrap();
/// assert_eq!(back, serde_json::from_str::<serde_json::Value>(body).unwrap());
/// ```
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Webhook {
    /// MO messages.
    MoMessages(InboundMessages),
    /// MO events (suggestions tapped).
    MoEvents(InboundEvents),
    /// Typing indicators from users.
    Typing(TypingEvents),
    /// Delivery reports.
    DeliveryReports(DeliveryReports),
    /// Seen reports.
    SeenReports(SeenReports),
    /// Conversation-started events.
    ConversationStarted(ConversationStartedEvents),
    /// One number's async capability-check result.
    CapabilityResult(CapabilityResult),
    /// The answer to a sync capability check.
    CapabilityQueryResponse(CapabilityQueryResponse),
    /// The answer to an async capability check.
    CapabilityNotifyResponse(CapabilityNotifyResponse),
}

impl Webhook {
    /// Parses a body, detecting its kind with [`detect_kind`]. The error is for a person;
    /// [`inspect`] says more.
    ///
    /// ```
    /// let e = rcs_kit::webhooks::Webhook::parse(r#"{"results": 5}"#).unwrap_err();
    /// assert!(e.contains("not a known RCS webhook"));
    /// ```
    pub fn parse(json: &str) -> Result<Webhook, String> {
        let value: Value = serde_json::from_str(json).map_err(|e| e.to_string())?;
        let kind = detect_kind(&value);
        Webhook::from_value(kind, value)
    }

    /// Reads `value` as a body of `kind`.
    ///
    /// ```
    /// use rcs_kit::webhooks::{Webhook, WebhookKind};
    /// let v = serde_json::json!({"results": [], "eventCount": 0, "pendingEventCount": 0});
    /// let hook = Webhook::from_value(WebhookKind::TypingIndicator, v).unwrap();
    /// assert_eq!(hook.kind(), WebhookKind::TypingIndicator);
    /// ```
    pub fn from_value(kind: WebhookKind, value: Value) -> Result<Webhook, String> {
        fn read<T: serde::de::DeserializeOwned>(v: Value) -> Result<T, String> {
            serde_json::from_value(v).map_err(|e| e.to_string())
        }
        match kind {
            WebhookKind::MoMessage => read(value).map(Webhook::MoMessages),
            WebhookKind::MoEvent => read(value).map(Webhook::MoEvents),
            WebhookKind::TypingIndicator => read(value).map(Webhook::Typing),
            WebhookKind::DeliveryReport => read(value).map(Webhook::DeliveryReports),
            WebhookKind::SeenReport => read(value).map(Webhook::SeenReports),
            WebhookKind::ConversationStarted => read(value).map(Webhook::ConversationStarted),
            WebhookKind::CapabilityResult => read(value).map(Webhook::CapabilityResult),
            WebhookKind::CapabilityQueryResponse => {
                read(value).map(Webhook::CapabilityQueryResponse)
            }
            WebhookKind::CapabilityNotifyResponse => {
                read(value).map(Webhook::CapabilityNotifyResponse)
            }
            WebhookKind::Unknown => {
                Err("not a known RCS webhook (see rcs_kit::webhooks::inspect)".into())
            }
        }
    }

    /// The kind of this body.
    pub fn kind(&self) -> WebhookKind {
        match self {
            Webhook::MoMessages(_) => WebhookKind::MoMessage,
            Webhook::MoEvents(_) => WebhookKind::MoEvent,
            Webhook::Typing(_) => WebhookKind::TypingIndicator,
            Webhook::DeliveryReports(_) => WebhookKind::DeliveryReport,
            Webhook::SeenReports(_) => WebhookKind::SeenReport,
            Webhook::ConversationStarted(_) => WebhookKind::ConversationStarted,
            Webhook::CapabilityResult(_) => WebhookKind::CapabilityResult,
            Webhook::CapabilityQueryResponse(_) => WebhookKind::CapabilityQueryResponse,
            Webhook::CapabilityNotifyResponse(_) => WebhookKind::CapabilityNotifyResponse,
        }
    }
}

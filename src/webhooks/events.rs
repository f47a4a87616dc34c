//! Typing indicators from users (spec 6.3) and conversation-started events (6.6).

use super::{nullable, open_enum, Extra, Platform, TrafficType};
use serde::{Deserialize, Serialize};
use std::fmt;

open_enum! {
    /// `event.type` of a typing indicator.
    ///
    /// ```
    /// use rcs_kit::webhooks::TypingEventType;
    /// assert_eq!(TypingEventType::from_wire("TYPING_INDICATOR"), TypingEventType::TypingIndicator);
    /// ```
    TypingEventType ("typing event type") {
        /// `TYPING_INDICATOR`.
        TypingIndicator = "TYPING_INDICATOR",
    }
}

open_enum! {
    /// `event.type` of a conversation-started event.
    ///
    /// ```
    /// use rcs_kit::webhooks::ConversationStartedEventType;
    /// assert_eq!(ConversationStartedEventType::Started.as_str(), "CONVERSATION_STARTED");
    /// ```
    ConversationStartedEventType ("conversation event type") {
        /// `CONVERSATION_STARTED`.
        Started = "CONVERSATION_STARTED",
    }
}

open_enum! {
    /// Who started a conversation (`conversation.type`).
    ///
    /// ```
    /// use rcs_kit::webhooks::ConversationType;
    /// assert_eq!(ConversationType::KNOWN, ["A2P", "P2A"]);
    /// ```
    ConversationType ("conversation type") {
        /// `A2P`: the business.
        A2p = "A2P",
        /// `P2A`: the user.
        P2a = "P2A",
    }
}

/// A batch of typing indicators from users (`RcsIsTypingEvents`, spec 6.3).
///
/// ```
/// use rcs_kit::webhooks::*;
/// let batch: TypingEvents = serde_json::from_str(r#"{"results":[{"sender":"441134960001",
///   "to":"DemoSender","receivedAt":"2025-02-06T15:35:12.123+0000",
///   "event":{"type":"TYPING_INDICATOR"}}],"eventCount":1,"pendingEventCount":0}"#).unwrap();
/// assert_eq!(batch.results[0].event.event_type, TypingEventType::TypingIndicator);
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TypingEvents {
    /// The events.
    pub results: Vec<TypingEvent>,
    /// Number of events in this batch.
    pub event_count: u32,
    /// Number of events still waiting to be sent to you.
    pub pending_event_count: u32,
    /// Members the model does not know, kept for a lossless round trip.
    #[serde(flatten)]
    pub extra: Extra,
}

/// One typing indicator: the user `sender` is typing to your sender `to`.
///
/// ```
/// use rcs_kit::webhooks::TypingEvent;
/// let e: TypingEvent = serde_json::from_str(r#"{"sender":"441134960001","to":"DemoSender",
///   "receivedAt":"2025-02-06T15:35:12.123+0000","event":{"type":"TYPING_INDICATOR"},
///   "entityId":"e1","applicationId":"a1"}"#).unwrap();
/// assert_eq!(e.entity_id.as_deref(), Some("e1"));
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TypingEvent {
    /// The user's phone number.
    pub sender: String,
    /// Your sender (agent).
    pub to: String,
    /// When it arrived.
    pub received_at: String,
    /// `{"type": "TYPING_INDICATOR"}`.
    pub event: TypingEventContent,
    /// Platform entity id.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub entity_id: Option<String>,
    /// Platform application id.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub application_id: Option<String>,
    /// Members the model does not know, kept for a lossless round trip.
    #[serde(flatten)]
    pub extra: Extra,
}

/// The `event` object of a typing indicator.
///
/// ```
/// use rcs_kit::webhooks::{TypingEventContent, TypingEventType};
/// let e: TypingEventContent = serde_json::from_str(r#"{"type":"TYPING_INDICATOR"}"#).unwrap();
/// assert_eq!(e.event_type, TypingEventType::TypingIndicator);
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TypingEventContent {
    /// `TYPING_INDICATOR`.
    #[serde(rename = "type")]
    pub event_type: TypingEventType,
    /// Members the model does not know, kept for a lossless round trip.
    #[serde(flatten)]
    pub extra: Extra,
}

/// A batch of conversation-started events (`RcsConversationStartedEvents`, spec 6.6).
///
/// ```
/// use rcs_kit::webhooks::*;
/// let batch: ConversationStartedEvents = serde_json::from_str(r#"{"results":[{
///   "messageId":"msg-abc123","trafficType":"A2P_CONVERSATION","event":{"type":"CONVERSATION_STARTED"},
///   "conversation":{"type":"A2P","id":"conv-xyz789","startTime":"2026-06-14T09:12:00.000+0000",
///     "endTime":"2026-06-15T09:12:00.000+0000"},
///   "platform":{"entityId":"ext-entity-001","applicationId":"ext-app-001"}}],
///   "eventCount":1,"pendingEventCount":0}"#).unwrap();
/// let e = &batch.results[0];
/// assert_eq!(e.traffic_type, Some(Some(TrafficType::A2pConversation)));
/// assert_eq!(e.conversation.conversation_type, ConversationType::A2p);
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ConversationStartedEvents {
    /// The events.
    pub results: Vec<ConversationStartedEvent>,
    /// Number of events in this batch.
    pub event_count: u32,
    /// Number of events still waiting to be sent to you.
    pub pending_event_count: u32,
    /// Members the model does not know, kept for a lossless round trip.
    #[serde(flatten)]
    pub extra: Extra,
}

/// One conversation-started event: a billing window opened with the delivery of
/// `messageId`.
///
/// ```
/// use rcs_kit::webhooks::*;
/// let e: ConversationStartedEvent = serde_json::from_str(r#"{"messageId":"m1",
///   "event":{"type":"CONVERSATION_STARTED"},
///   "conversation":{"type":"P2A","id":"c1","startTime":"2026-06-14T09:12:00.000+0000",
///     "endTime":"2026-06-15T09:12:00.000+0000"},"platform":{}}"#).unwrap();
/// assert_eq!(e.traffic_type, None);
/// assert_eq!(e.event.event_type, ConversationStartedEventType::Started);
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ConversationStartedEvent {
    /// The message whose delivery started the conversation.
    pub message_id: String,
    /// `A2P_CONVERSATION` or `P2A_CONVERSATION`; absent, `null` or a value.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "nullable")]
    pub traffic_type: Option<Option<TrafficType>>,
    /// `{"type": "CONVERSATION_STARTED"}`.
    pub event: ConversationStartedEventContent,
    /// The conversation window.
    pub conversation: ConversationWindow,
    /// Platform (CPaaS X) identifiers.
    pub platform: Platform,
    /// Members the model does not know, kept for a lossless round trip.
    #[serde(flatten)]
    pub extra: Extra,
}

/// The `event` object of a conversation-started event.
///
/// ```
/// use rcs_kit::webhooks::ConversationStartedEventContent;
/// let e: ConversationStartedEventContent = serde_json::from_str(r#"{"type":"CONVERSATION_ENDED"}"#).unwrap();
/// assert!(!e.event_type.is_known());
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ConversationStartedEventContent {
    /// `CONVERSATION_STARTED`.
    #[serde(rename = "type")]
    pub event_type: ConversationStartedEventType,
    /// Members the model does not know, kept for a lossless round trip.
    #[serde(flatten)]
    pub extra: Extra,
}

/// The conversation (billing window) of a conversation-started event.
///
/// ```
/// use rcs_kit::webhooks::{ConversationType, ConversationWindow};
/// let c: ConversationWindow = serde_json::from_str(r#"{"type":"A2P","id":"c1",
///   "startTime":"2026-06-14T09:12:00.000+0000","endTime":"2026-06-15T09:12:00.000+0000"}"#).unwrap();
/// assert_eq!(c.to_string(), "A2P conversation c1, 2026-06-14T09:12:00.000+0000 to 2026-06-15T09:12:00.000+0000");
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ConversationWindow {
    /// Who started it: `A2P` or `P2A`.
    #[serde(rename = "type")]
    pub conversation_type: ConversationType,
    /// Conversation id.
    pub id: String,
    /// Start of the window.
    pub start_time: String,
    /// End of the window (24 hours later).
    pub end_time: String,
    /// Members the model does not know, kept for a lossless round trip.
    #[serde(flatten)]
    pub extra: Extra,
}

impl fmt::Display for ConversationWindow {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} conversation {}, {} to {}",
            self.conversation_type, self.id, self.start_time, self.end_time
        )
    }
}

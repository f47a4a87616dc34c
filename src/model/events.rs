//! The body of `POST /rcs/1/events`: typing indicators and read receipts.

use super::{DeliveryTimeWindow, Destination, Extra, Platform};
use serde::{Deserialize, Serialize};

/// The body of `POST /rcs/1/events` (schema `EventsRequest`).
///
/// ```
/// use rcs_kit::model::*;
/// let req = EventsRequest::new(vec![
///     Event::seen("DemoSender", "441134960001", "mo-message-id"),
///     Event::typing("DemoSender", "441134960001"),
/// ]);
/// assert_eq!(
///     serde_json::to_value(&req).unwrap(),
///     serde_json::json!({"events": [
///         {"sender": "DemoSender", "destinations": [{"to": "441134960001"}],
///          "content": {"type": "SEEN", "messageId": "mo-message-id"}},
///         {"sender": "DemoSender", "destinations": [{"to": "441134960001"}],
///          "content": {"type": "TYPING_INDICATOR"}}
///     ]})
/// );
/// assert!(rcs_kit::validate_events(&req, &rcs_kit::Options::at(0)).is_valid());
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct EventsRequest {
    /// The events, at least one.
    pub events: Vec<Event>,
    /// Members the model does not know (fields the API may add), kept for a lossless
    /// round trip.
    #[serde(flatten)]
    pub extra: Extra,
}

impl EventsRequest {
    /// A request with these events.
    pub fn new(events: Vec<Event>) -> Self {
        EventsRequest {
            events,
            extra: Extra::new(),
        }
    }
}

/// One event to one or more destinations (schema `Event`).
///
/// ```
/// use rcs_kit::model::*;
/// let e = Event::typing("DemoSender", "441134960001")
///     .with_options(EventOptions { platform: Some(Platform::new("e", "a")), ..Default::default() });
/// assert_eq!(
///     serde_json::to_value(&e).unwrap()["options"],
///     serde_json::json!({"platform": {"entityId": "e", "applicationId": "a"}})
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Event {
    /// Your RCS sender (agent).
    pub sender: String,
    /// Recipients, at least one.
    pub destinations: Vec<Destination>,
    /// `SEEN` or `TYPING_INDICATOR`.
    pub content: EventContent,
    /// Platform and delivery window.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub options: Option<EventOptions>,
    /// Members the model does not know (fields the API may add), kept for a lossless
    /// round trip.
    #[serde(flatten)]
    pub extra: Extra,
}

impl Event {
    /// An event from `sender` to one destination `to`.
    pub fn new(sender: impl Into<String>, to: impl Into<String>, content: EventContent) -> Self {
        Event {
            sender: sender.into(),
            destinations: vec![Destination::new(to)],
            content,
            options: None,
            extra: Extra::new(),
        }
    }

    /// A read receipt: marks the mobile-originated message `message_id` of `to` as seen.
    pub fn seen(
        sender: impl Into<String>,
        to: impl Into<String>,
        message_id: impl Into<String>,
    ) -> Self {
        Event::new(sender, to, EventContent::seen(message_id))
    }

    /// A typing indicator shown to `to`.
    pub fn typing(sender: impl Into<String>, to: impl Into<String>) -> Self {
        Event::new(sender, to, EventContent::typing())
    }

    /// Sets the options.
    pub fn with_options(mut self, options: EventOptions) -> Self {
        self.options = Some(options);
        self
    }
}

/// What an event does, selected by its `type` member (schema `EventContent`).
///
/// ```
/// use rcs_kit::model::EventContent;
/// let c: EventContent = serde_json::from_str(r#"{"type":"TYPING_INDICATOR"}"#).unwrap();
/// assert_eq!(c, EventContent::typing());
/// assert_eq!(
///     serde_json::to_value(EventContent::seen("m-1")).unwrap(),
///     serde_json::json!({"type": "SEEN", "messageId": "m-1"})
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "SCREAMING_SNAKE_CASE")]
pub enum EventContent {
    /// `SEEN`: a read receipt for a message the user sent.
    Seen(SeenEventContent),
    /// `TYPING_INDICATOR`: shows the typing bubble to the user.
    TypingIndicator(TypingIndicatorEventContent),
}

impl EventContent {
    /// `SEEN` for the mobile-originated message `message_id`.
    pub fn seen(message_id: impl Into<String>) -> Self {
        EventContent::Seen(SeenEventContent {
            message_id: message_id.into(),
            extra: Extra::new(),
        })
    }

    /// `TYPING_INDICATOR`.
    pub fn typing() -> Self {
        EventContent::TypingIndicator(TypingIndicatorEventContent::default())
    }
}

/// `SEEN` event content (schema `SeenEventContent`).
///
/// ```
/// use rcs_kit::model::*;
/// let EventContent::Seen(s) = EventContent::seen("m-1") else { unreachable!() };
/// assert_eq!(s.message_id, "m-1");
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SeenEventContent {
    /// Id of the mobile-originated message to mark as seen.
    pub message_id: String,
    /// Members the model does not know (fields the API may add), kept for a lossless
    /// round trip.
    #[serde(flatten)]
    pub extra: Extra,
}

/// `TYPING_INDICATOR` event content (schema `TypingIndicatorEventContent`): no fields of
/// its own.
///
/// ```
/// use rcs_kit::model::*;
/// assert_eq!(
///     serde_json::to_value(EventContent::TypingIndicator(TypingIndicatorEventContent::default())).unwrap(),
///     serde_json::json!({"type": "TYPING_INDICATOR"})
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TypingIndicatorEventContent {
    /// Members the model does not know (fields the API may add), kept for a lossless
    /// round trip.
    #[serde(flatten)]
    pub extra: Extra,
}

/// Options of an event (schema `EventOptions`).
///
/// ```
/// use rcs_kit::model::*;
/// let o = EventOptions {
///     delivery_time_window: Some(DeliveryTimeWindow::days(DeliveryDay::ALL.to_vec())),
///     ..Default::default()
/// };
/// assert_eq!(serde_json::to_value(&o).unwrap()["deliveryTimeWindow"]["days"][6], "SUNDAY");
/// ```
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct EventOptions {
    /// Platform (CPaaS X) identifiers.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub platform: Option<Platform>,
    /// Days and hours (UTC) in which delivery may happen.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub delivery_time_window: Option<DeliveryTimeWindow>,
    /// Members the model does not know (fields the API may add), kept for a lossless
    /// round trip.
    #[serde(flatten)]
    pub extra: Extra,
}

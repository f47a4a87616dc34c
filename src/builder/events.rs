//! [`EventsBuilder`]: a request of typing indicators and read receipts.

use super::checked;
use crate::model::{Event, EventsRequest};
use crate::validate::{validate_events, Options, Report};

impl EventsRequest {
    /// A builder for a request of typing indicators and read receipts.
    ///
    /// ```
    /// use rcs_kit::model::*;
    /// let req = EventsRequest::builder().typing("DemoSender", "441134960001").build().unwrap();
    /// assert_eq!(req.events[0].content, EventContent::typing());
    /// ```
    pub fn builder() -> EventsBuilder {
        EventsBuilder::default()
    }
}

/// Builds an [`EventsRequest`]. Made by [`EventsRequest::builder`].
///
/// ```
/// use rcs_kit::model::*;
/// let req = EventsRequest::builder()
///     .seen("DemoSender", "441134960001", "mo-1")
///     .typing("DemoSender", "441134960001")
///     .event(Event::typing("DemoSender", "441134960002")
///         .with_options(EventOptions { platform: Some(Platform::new("e", "a")), ..Default::default() }))
///     .build()
///     .unwrap();
/// assert_eq!(req.events.len(), 3);
/// assert_eq!(
///     serde_json::to_value(&req.events[0].content).unwrap(),
///     serde_json::json!({"type": "SEEN", "messageId": "mo-1"})
/// );
/// ```
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EventsBuilder {
    events: Vec<Event>,
}

impl EventsBuilder {
    /// Appends a read receipt for the mobile-originated message `message_id` of `to`.
    pub fn seen(
        self,
        sender: impl Into<String>,
        to: impl Into<String>,
        message_id: impl Into<String>,
    ) -> Self {
        self.event(Event::seen(sender, to, message_id))
    }

    /// Appends a typing indicator shown to `to`.
    pub fn typing(self, sender: impl Into<String>, to: impl Into<String>) -> Self {
        self.event(Event::typing(sender, to))
    }

    /// Appends an event.
    pub fn event(mut self, event: Event) -> Self {
        self.events.push(event);
        self
    }

    /// Validates with [`Options::default()`] and returns the request, or every error
    /// found.
    ///
    /// ```
    /// use rcs_kit::model::*;
    /// let err = EventsRequest::builder().seen("DemoSender", "441134960001", "").build().unwrap_err();
    /// assert_eq!(err.issues()[0].path, "/events/0/content/messageId");
    /// ```
    pub fn build(self) -> Result<EventsRequest, Report> {
        self.build_with(&Options::default())
    }

    /// Validates with `options` and returns the request, or every error found.
    pub fn build_with(self, options: &Options) -> Result<EventsRequest, Report> {
        let request = EventsRequest::new(self.events);
        checked(validate_events(&request, options), request)
    }
}

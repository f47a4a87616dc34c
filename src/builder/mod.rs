//! Fluent builders for requests, messages, content, failover and events.
//!
//! Setters never fail; the terminal `build()` runs the full validator
//! ([`validate_request`] / [`validate_events`] with [`Options::default()`]) and returns
//! the request, or the [`Report`] with every error found. `build_with` takes your own
//! [`Options`] (a fixed clock, strict mode). Warnings do not stop a build; run the
//! validator on the result to see them.
//!
//! Content and failover builders (`TextContent::builder`, `CardMessage::builder`,
//! `SmsFailover::builder`, ...) end in an infallible `build()` and convert into what the
//! message builder takes, so they can be passed without calling it: they are checked
//! with the whole request.
//!
//! ```
//! use rcs_kit::model::*;
//!
//! let request = SendRequest::builder()
//!     .message(
//!         Message::builder("DemoSender")
//!             .to("441134960001")
//!             .to_with_id("441134960002", "my-id-2")
//!             .content(
//!                 CardMessage::builder(Orientation::Vertical, Alignment::Left)
//!                     .title("Summer sale")
//!                     .description("Everything 50% off until Sunday")
//!                     .media("https://example.com/sale.png", Height::Medium)
//!                     .suggestion(Suggestion::open_url("Shop now", "shop", "https://example.com/shop"))
//!                     .chip(Suggestion::reply("Not now", "later")),
//!             )
//!             .validity(2, ValidityTimeUnit::Hours)
//!             .sms_failover(SmsFailover::builder("Summer sale: example.com/shop").sender("InfoSMS"))
//!             .delivery_webhook("https://example.com/dlr")
//!             .callback_data("campaign-7"),
//!     )
//!     .bulk_id("summer-2030")
//!     .build()?;
//!
//! assert_eq!(request.messages[0].destinations.len(), 2);
//! assert_eq!(request.options.unwrap().schedule.unwrap().bulk_id.as_deref(), Some("summer-2030"));
//!
//! // A suggestion text over 25 characters: every error comes back at once.
//! let err = Message::builder("DemoSender")
//!     .to("441134960001")
//!     .content(TextContent::builder("Hi").suggestion(Suggestion::reply("This reply is far too long", "x")))
//!     .build()
//!     .unwrap_err();
//! assert_eq!(err.issues()[0].code, "suggestion.text.too_long");
//! assert_eq!(err.issues()[0].path, "/messages/0/content/suggestions/0/text");
//! # Ok::<(), rcs_kit::Report>(())
//! ```

mod content;
mod failover;

pub use content::{
    CardBuilder, CardMessageBuilder, CarouselBuilder, FileBuilder, TemplateBuilder, TextBuilder,
};
pub use failover::{MmsFailoverBuilder, SmsFailoverBuilder};

use crate::model::{
    Content, DeliveryTimeWindow, DeliveryWebhook, Destination, Event, EventsRequest, Extra,
    Message, MessageOptions, MmsFailover, Platform, RequestOptions, Schedule, SeenWebhook,
    SendRequest, SendingSpeedLimit, SmsFailover, SpeedLimitTimeUnit, Tracking, ValidityPeriod,
    ValidityTimeUnit, WebhookContentType, Webhooks,
};
use crate::validate::{validate_events, validate_request, validate_value, Kind, Options, Report};

impl SendRequest {
    /// A builder for a request of one or more messages.
    ///
    /// ```
    /// use rcs_kit::model::*;
    /// let req = SendRequest::builder()
    ///     .message(Message::builder("DemoSender").to("441134960001").text("Hello"))
    ///     .build()
    ///     .unwrap();
    /// assert_eq!(req.messages[0].content, Content::text("Hello"));
    /// ```
    pub fn builder() -> RequestBuilder {
        RequestBuilder::default()
    }
}

impl Message {
    /// A builder for a message from `sender`.
    ///
    /// ```
    /// use rcs_kit::model::*;
    /// let req = Message::builder("DemoSender").to("441134960001").text("Hello").build().unwrap();
    /// assert_eq!(req.messages[0].sender, "DemoSender");
    /// ```
    pub fn builder(sender: impl Into<String>) -> MessageBuilder {
        MessageBuilder {
            sender: sender.into(),
            destinations: Vec::new(),
            content: None,
            options: MessageOptions::default(),
            webhooks: Webhooks::default(),
            extra: Extra::new(),
        }
    }
}

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

/// Builds a [`SendRequest`]: messages plus request-level options (schedule, tracking,
/// ordering). Made by [`SendRequest::builder`].
///
/// ```
/// use rcs_kit::model::*;
/// let hello = |text: &str| Message::builder("DemoSender").to("441134960001").text(text);
/// let req = SendRequest::builder()
///     .message(hello("First"))
///     .message(hello("Second"))
///     .respect_order(true)
///     .stop_on_failure(true)
///     .tracking(Tracking::shorten_urls())
///     .sending_speed_limit(100, SpeedLimitTimeUnit::Minute)
///     .build()
///     .unwrap();
/// assert_eq!(
///     serde_json::to_value(req.options.unwrap()).unwrap(),
///     serde_json::json!({
///         "schedule": {"sendingSpeedLimit": {"amount": 100, "timeUnit": "MINUTE"}},
///         "tracking": {"shortenUrl": true},
///         "messageOrdering": {"respectOrder": true, "stopOnFailure": true}
///     })
/// );
/// ```
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RequestBuilder {
    messages: Vec<MessageBuilder>,
    options: RequestOptions,
}

impl RequestBuilder {
    /// Appends a message (a [`MessageBuilder`] or a finished [`Message`]).
    pub fn message(mut self, message: impl Into<MessageBuilder>) -> Self {
        self.messages.push(message.into());
        self
    }

    /// Appends several messages.
    pub fn messages<M: Into<MessageBuilder>>(
        mut self,
        messages: impl IntoIterator<Item = M>,
    ) -> Self {
        self.messages.extend(messages.into_iter().map(Into::into));
        self
    }

    /// Replaces the whole schedule (bulk id, send time, speed limit).
    pub fn schedule(mut self, schedule: Schedule) -> Self {
        self.options.schedule = Some(schedule);
        self
    }

    fn schedule_mut(&mut self) -> &mut Schedule {
        self.options.schedule.get_or_insert_with(Schedule::default)
    }

    /// Sends at this time (`yyyy-MM-dd'T'HH:mm:ss.SSSZ`, at most 180 days ahead).
    ///
    /// ```
    /// use rcs_kit::model::*;
    /// let b = SendRequest::builder()
    ///     .message(Message::builder("S").to("441134960001").text("Hi"))
    ///     .send_at("2030-01-01T10:00:00.000+0000");
    /// // 2030 is too far ahead of 2029-12-01 ...
    /// let now = rcs_kit::validate::parse_date_time("2029-12-01T00:00:00Z").unwrap();
    /// assert!(b.clone().build_with(&rcs_kit::Options::at(now)).is_ok());
    /// // ... but not of 2029-01-01.
    /// let now = rcs_kit::validate::parse_date_time("2029-01-01T00:00:00Z").unwrap();
    /// let err = b.build_with(&rcs_kit::Options::at(now)).unwrap_err();
    /// assert_eq!(err.issues()[0].code, "schedule.send_at.too_far");
    /// ```
    pub fn send_at(mut self, send_at: impl Into<String>) -> Self {
        self.schedule_mut().send_at = Some(send_at.into());
        self
    }

    /// Sets your bulk id (up to 100 characters).
    pub fn bulk_id(mut self, bulk_id: impl Into<String>) -> Self {
        self.schedule_mut().bulk_id = Some(bulk_id.into());
        self
    }

    /// Sends at most `amount` messages per `unit`.
    pub fn sending_speed_limit(mut self, amount: i64, unit: SpeedLimitTimeUnit) -> Self {
        self.schedule_mut().sending_speed_limit = Some(SendingSpeedLimit::new(amount, unit));
        self
    }

    /// Sets URL shortening and click tracking.
    pub fn tracking(mut self, tracking: Tracking) -> Self {
        self.options.tracking = Some(tracking);
        self
    }

    /// Delivers the messages in order (`messageOrdering.respectOrder`).
    pub fn respect_order(mut self, respect_order: bool) -> Self {
        self.options
            .message_ordering
            .get_or_insert_with(Default::default)
            .respect_order = Some(respect_order);
        self
    }

    /// Stops at the first failed message of an ordered request
    /// (`messageOrdering.stopOnFailure`).
    pub fn stop_on_failure(mut self, stop_on_failure: bool) -> Self {
        self.options
            .message_ordering
            .get_or_insert_with(Default::default)
            .stop_on_failure = Some(stop_on_failure);
        self
    }

    /// Validates with [`Options::default()`] (the system clock) and returns the request,
    /// or every error found.
    ///
    /// ```
    /// use rcs_kit::model::*;
    /// let err = SendRequest::builder().build().unwrap_err();
    /// assert_eq!(err.issues()[0].code, "request.messages.too_few");
    /// ```
    pub fn build(self) -> Result<SendRequest, Report> {
        self.build_with(&Options::default())
    }

    /// Validates with `options` and returns the request, or every error found.
    ///
    /// ```
    /// use rcs_kit::model::*;
    /// // A message without content: the report says where it is missing.
    /// let err = SendRequest::builder()
    ///     .message(Message::builder("S").to("441134960001"))
    ///     .build_with(&rcs_kit::Options::at(0))
    ///     .unwrap_err();
    /// assert_eq!(err.issues()[0].code, "field.required");
    /// assert_eq!(err.issues()[0].path, "/messages/0");
    /// ```
    pub fn build_with(self, options: &Options) -> Result<SendRequest, Report> {
        let incomplete: Vec<usize> = (self.messages.iter().enumerate())
            .filter(|(_, m)| m.content.is_none())
            .map(|(i, _)| i)
            .collect();
        let request = SendRequest::new(
            self.messages
                .into_iter()
                .map(MessageBuilder::finish)
                .collect(),
        );
        let request = if self.options == RequestOptions::default() {
            request
        } else {
            request.with_options(self.options)
        };
        if incomplete.is_empty() {
            return checked(validate_request(&request, options), request);
        }
        // A message without content cannot be a `Message`: validate the JSON without its
        // placeholder content, so the report names what is missing and all else that is
        // wrong. (Serializing the model cannot fail; if it did, that is the report.)
        let report = match serde_json::to_value(&request) {
            Ok(mut value) => {
                for i in incomplete {
                    if let Some(m) = value
                        .get_mut("messages")
                        .and_then(|m| m.get_mut(i))
                        .and_then(serde_json::Value::as_object_mut)
                    {
                        m.remove("content");
                    }
                }
                let options = Options {
                    kind: Some(Kind::Request),
                    ..options.clone()
                };
                validate_value(&value, &options)
            }
            Err(_) => validate_request(&request, options),
        };
        Err(report)
    }
}

/// Ok when the report has no error.
fn checked<T>(report: Report, value: T) -> Result<T, Report> {
    if report.is_valid() {
        Ok(value)
    } else {
        Err(report)
    }
}

/// Builds one [`Message`]: sender, destinations, content, options and webhooks. Made by
/// [`Message::builder`]; pass it to [`RequestBuilder::message`], or call
/// [`build`](MessageBuilder::build) for a request of this one message.
///
/// ```
/// use rcs_kit::model::*;
/// let req = Message::builder("DemoSender")
///     .to("441134960001")
///     .to_with_id("441134960002", "id-2")
///     .text("Your parcel is on its way")
///     .validity(30, ValidityTimeUnit::Minutes)
///     .delivery_window(DeliveryTimeWindow::between(
///         DeliveryDay::WORKDAYS.to_vec(), DeliveryTime::new(9, 0), DeliveryTime::new(17, 0)))
///     .campaign_reference_id("parcels")
///     .platform("entity-1", "app-1")
///     .delivery_webhook("https://example.com/dlr")
///     .intermediate_report(true)
///     .notify(true)
///     .receive_triggered_failover_reports(true)
///     .webhook_content_type(WebhookContentType::Json)
///     .callback_data("parcel-42")
///     .seen_webhook("https://example.com/seen")
///     .build()
///     .unwrap();
/// assert_eq!(
///     serde_json::to_value(&req.messages[0]).unwrap(),
///     serde_json::json!({
///         "sender": "DemoSender",
///         "destinations": [{"to": "441134960001"}, {"to": "441134960002", "messageId": "id-2"}],
///         "content": {"type": "TEXT", "text": "Your parcel is on its way"},
///         "options": {
///             "platform": {"entityId": "entity-1", "applicationId": "app-1"},
///             "validityPeriod": {"amount": 30, "timeUnit": "MINUTES"},
///             "deliveryTimeWindow": {"days": ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"],
///                                    "from": {"hour": 9, "minute": 0}, "to": {"hour": 17, "minute": 0}},
///             "campaignReferenceId": "parcels"
///         },
///         "webhooks": {
///             "delivery": {"url": "https://example.com/dlr", "intermediateReport": true,
///                          "notify": true, "receiveTriggeredFailoverReports": true},
///             "contentType": "application/json",
///             "callbackData": "parcel-42",
///             "seen": {"url": "https://example.com/seen"}
///         }
///     })
/// );
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct MessageBuilder {
    sender: String,
    destinations: Vec<Destination>,
    content: Option<Content>,
    options: MessageOptions,
    webhooks: Webhooks,
    extra: Extra,
}

impl From<Message> for MessageBuilder {
    fn from(m: Message) -> Self {
        MessageBuilder {
            sender: m.sender,
            destinations: m.destinations,
            content: Some(m.content),
            options: m.options.unwrap_or_default(),
            webhooks: m.webhooks.unwrap_or_default(),
            extra: m.extra,
        }
    }
}

impl MessageBuilder {
    /// Adds a destination.
    pub fn to(mut self, to: impl Into<String>) -> Self {
        self.destinations.push(Destination::new(to));
        self
    }

    /// Adds a destination with your own message id (up to 200 characters).
    pub fn to_with_id(mut self, to: impl Into<String>, message_id: impl Into<String>) -> Self {
        self.destinations.push(Destination::with_id(to, message_id));
        self
    }

    /// Adds a [`Destination`].
    pub fn destination(mut self, destination: Destination) -> Self {
        self.destinations.push(destination);
        self
    }

    /// Sets the content: a [`Content`], a content struct, or a content builder.
    ///
    /// ```
    /// use rcs_kit::model::*;
    /// let req = Message::builder("S")
    ///     .to("441134960001")
    ///     .content(FileContent::builder("https://example.com/a.mp4").thumbnail("https://example.com/a.jpg"))
    ///     .build()
    ///     .unwrap();
    /// assert!(matches!(req.messages[0].content, Content::File(_)));
    /// ```
    pub fn content(mut self, content: impl Into<Content>) -> Self {
        self.content = Some(content.into());
        self
    }

    /// Sets TEXT content without suggestions.
    pub fn text(self, text: impl Into<String>) -> Self {
        self.content(Content::text(text))
    }

    /// Replaces all options.
    pub fn options(mut self, options: MessageOptions) -> Self {
        self.options = options;
        self
    }

    /// Tries delivery for `amount` of `unit` (over 48 hours is clamped to 48 hours).
    pub fn validity(mut self, amount: i64, unit: ValidityTimeUnit) -> Self {
        self.options.validity_period = Some(ValidityPeriod::new(amount, unit));
        self
    }

    /// Delivers only in this window.
    pub fn delivery_window(mut self, window: DeliveryTimeWindow) -> Self {
        self.options.delivery_time_window = Some(window);
        self
    }

    /// Sets your campaign reference.
    pub fn campaign_reference_id(mut self, id: impl Into<String>) -> Self {
        self.options.campaign_reference_id = Some(id.into());
        self
    }

    /// Sends this SMS if the RCS message cannot be delivered.
    pub fn sms_failover(mut self, failover: impl Into<SmsFailover>) -> Self {
        self.options.sms_failover = Some(failover.into());
        self
    }

    /// Sends this MMS if the RCS message cannot be delivered.
    pub fn mms_failover(mut self, failover: impl Into<MmsFailover>) -> Self {
        self.options.mms_failover = Some(failover.into());
        self
    }

    /// Sets the platform (CPaaS X) entity and application ids.
    pub fn platform(
        mut self,
        entity_id: impl Into<String>,
        application_id: impl Into<String>,
    ) -> Self {
        self.options.platform = Some(Platform::new(entity_id, application_id));
        self
    }

    /// Replaces all webhooks.
    pub fn webhooks(mut self, webhooks: Webhooks) -> Self {
        self.webhooks = webhooks;
        self
    }

    fn delivery_mut(&mut self) -> &mut DeliveryWebhook {
        self.webhooks
            .delivery
            .get_or_insert_with(DeliveryWebhook::default)
    }

    /// Sends delivery reports to `url`.
    pub fn delivery_webhook(mut self, url: impl Into<String>) -> Self {
        self.delivery_mut().url = Some(url.into());
        self
    }

    /// Also sends intermediate delivery reports.
    pub fn intermediate_report(mut self, on: bool) -> Self {
        self.delivery_mut().intermediate_report = Some(on);
        self
    }

    /// `false`: sends no delivery report at all.
    pub fn notify(mut self, on: bool) -> Self {
        self.delivery_mut().notify = Some(on);
        self
    }

    /// Also reports the failover messages.
    pub fn receive_triggered_failover_reports(mut self, on: bool) -> Self {
        self.delivery_mut().receive_triggered_failover_reports = Some(on);
        self
    }

    /// Sets the content type of report calls.
    pub fn webhook_content_type(mut self, content_type: WebhookContentType) -> Self {
        self.webhooks.content_type = Some(content_type);
        self
    }

    /// Sets data echoed in reports (up to 4,000 characters).
    pub fn callback_data(mut self, data: impl Into<String>) -> Self {
        self.webhooks.callback_data = Some(data.into());
        self
    }

    /// Sends seen reports to `url`.
    pub fn seen_webhook(mut self, url: impl Into<String>) -> Self {
        self.webhooks.seen = Some(SeenWebhook::new(url));
        self
    }

    /// Validates a request of this one message with [`Options::default()`].
    pub fn build(self) -> Result<SendRequest, Report> {
        self.build_with(&Options::default())
    }

    /// Validates a request of this one message with `options`.
    pub fn build_with(self, options: &Options) -> Result<SendRequest, Report> {
        SendRequest::builder().message(self).build_with(options)
    }

    /// The message; content that was never set is an empty TEXT placeholder, which
    /// [`RequestBuilder::build_with`] removes again before it reports.
    fn finish(self) -> Message {
        let mut message = Message::to_many(
            self.sender,
            self.destinations,
            self.content.unwrap_or_else(|| Content::text("")),
        );
        message.extra = self.extra;
        if self.options != MessageOptions::default() {
            message.options = Some(self.options);
        }
        if self.webhooks != Webhooks::default() {
            message.webhooks = Some(self.webhooks);
        }
        message
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

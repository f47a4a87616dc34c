//! [`MessageBuilder`]: one message, its destinations, content, options and webhooks.

use crate::model::{
    Content, DeliveryTimeWindow, DeliveryWebhook, Destination, Extra, Message, MessageOptions,
    MmsFailover, Platform, SeenWebhook, SendRequest, SmsFailover, ValidityPeriod, ValidityTimeUnit,
    WebhookContentType, Webhooks,
};
use crate::validate::{Options, Report};

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

/// Builds one [`Message`]: sender, destinations, content, options and webhooks. Made by
/// [`Message::builder`]; pass it to [`RequestBuilder::message`], or call
/// [`build`](MessageBuilder::build) for a request of this one message.
///
/// [`RequestBuilder::message`]: super::RequestBuilder::message
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
    pub(super) content: Option<Content>,
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
    pub(super) fn finish(self) -> Message {
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

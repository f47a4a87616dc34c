//! The body of `POST /rcs/2/messages`: messages, destinations and request options.

use super::{Content, Extra, MessageOptions, SpeedLimitTimeUnit, Webhooks};
use serde::{Deserialize, Serialize};

/// The body of `POST /rcs/2/messages` (schema `SendRequest`).
///
/// ```
/// use rcs_kit::model::*;
/// let req = SendRequest::new(vec![Message::new("DemoSender", "441134960001", Content::text("Hello"))]);
/// assert_eq!(
///     serde_json::to_value(&req).unwrap(),
///     serde_json::json!({"messages": [{
///         "sender": "DemoSender",
///         "destinations": [{"to": "441134960001"}],
///         "content": {"type": "TEXT", "text": "Hello"}
///     }]})
/// );
/// assert!(rcs_kit::validate_request(&req, &rcs_kit::Options::at(0)).is_valid());
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SendRequest {
    /// The messages, at least one.
    pub messages: Vec<Message>,
    /// Scheduling, URL tracking and ordered delivery of the whole request.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub options: Option<RequestOptions>,
    /// Members the model does not know (fields the API may add), kept for a lossless
    /// round trip.
    #[serde(flatten)]
    pub extra: Extra,
}

impl SendRequest {
    /// A request with these messages and no options.
    ///
    /// ```
    /// use rcs_kit::model::*;
    /// let req = SendRequest::new(vec![Message::new("S", "441134960001", Content::text("Hi"))]);
    /// assert_eq!(req.messages.len(), 1);
    /// assert!(req.options.is_none());
    /// ```
    pub fn new(messages: Vec<Message>) -> Self {
        SendRequest {
            messages,
            options: None,
            extra: Extra::new(),
        }
    }

    /// Sets the request-level options.
    ///
    /// ```
    /// use rcs_kit::model::*;
    /// let req = SendRequest::new(vec![])
    ///     .with_options(RequestOptions { schedule: Some(Schedule::bulk("b-1")), ..Default::default() });
    /// assert_eq!(req.options.unwrap().schedule.unwrap().bulk_id.as_deref(), Some("b-1"));
    /// ```
    pub fn with_options(mut self, options: RequestOptions) -> Self {
        self.options = Some(options);
        self
    }
}

/// One message to one or more destinations (schema `Message`).
///
/// ```
/// use rcs_kit::model::*;
/// let m = Message::new("DemoSender", "441134960001", Content::text("Hello"))
///     .with_options(MessageOptions { campaign_reference_id: Some("summer".into()), ..Default::default() });
/// let v = serde_json::to_value(&m).unwrap();
/// assert_eq!(v["options"], serde_json::json!({"campaignReferenceId": "summer"}));
/// assert!(v.get("webhooks").is_none());
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Message {
    /// Your RCS sender (agent).
    pub sender: String,
    /// Recipients, at least one.
    pub destinations: Vec<Destination>,
    /// What to send.
    pub content: Content,
    /// Validity, delivery window, platform, campaign reference and failover.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub options: Option<MessageOptions>,
    /// Delivery and seen reports.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub webhooks: Option<Webhooks>,
    /// Members the model does not know (fields the API may add), kept for a lossless
    /// round trip.
    #[serde(flatten)]
    pub extra: Extra,
}

impl Message {
    /// A message from `sender` to one destination `to`.
    ///
    /// ```
    /// use rcs_kit::model::*;
    /// let m = Message::new("DemoSender", "441134960001", Content::text("Hi"));
    /// assert_eq!(m.destinations, vec![Destination::new("441134960001")]);
    /// ```
    pub fn new(
        sender: impl Into<String>,
        to: impl Into<String>,
        content: impl Into<Content>,
    ) -> Self {
        Message::to_many(sender, vec![Destination::new(to)], content)
    }

    /// A message from `sender` to several destinations.
    ///
    /// ```
    /// use rcs_kit::model::*;
    /// let m = Message::to_many(
    ///     "DemoSender",
    ///     vec![Destination::new("441134960001"), Destination::with_id("441134960002", "my-id")],
    ///     Content::text("Hi"),
    /// );
    /// assert_eq!(m.destinations.len(), 2);
    /// ```
    pub fn to_many(
        sender: impl Into<String>,
        destinations: Vec<Destination>,
        content: impl Into<Content>,
    ) -> Self {
        Message {
            sender: sender.into(),
            destinations,
            content: content.into(),
            options: None,
            webhooks: None,
            extra: Extra::new(),
        }
    }

    /// Sets the message options.
    pub fn with_options(mut self, options: MessageOptions) -> Self {
        self.options = Some(options);
        self
    }

    /// Sets the webhooks.
    ///
    /// ```
    /// use rcs_kit::model::*;
    /// let m = Message::new("S", "441134960001", Content::text("Hi"))
    ///     .with_webhooks(Webhooks::delivery_to("https://example.com/dlr"));
    /// assert_eq!(
    ///     serde_json::to_value(&m).unwrap()["webhooks"],
    ///     serde_json::json!({"delivery": {"url": "https://example.com/dlr"}})
    /// );
    /// ```
    pub fn with_webhooks(mut self, webhooks: Webhooks) -> Self {
        self.webhooks = Some(webhooks);
        self
    }
}

/// A recipient (schema `Destination`).
///
/// ```
/// use rcs_kit::model::Destination;
/// assert_eq!(
///     serde_json::to_value(Destination::with_id("441134960001", "m-1")).unwrap(),
///     serde_json::json!({"to": "441134960001", "messageId": "m-1"})
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Destination {
    /// Phone number, digits without `+` (e.g. `441134960001`).
    pub to: String,
    /// Your id for the message sent to this destination, up to 200 characters.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message_id: Option<String>,
    /// Members the model does not know (fields the API may add), kept for a lossless
    /// round trip.
    #[serde(flatten)]
    pub extra: Extra,
}

impl Destination {
    /// A destination without a message id (the API generates one).
    pub fn new(to: impl Into<String>) -> Self {
        Destination {
            to: to.into(),
            message_id: None,
            extra: Extra::new(),
        }
    }

    /// A destination with your own message id.
    pub fn with_id(to: impl Into<String>, message_id: impl Into<String>) -> Self {
        Destination {
            message_id: Some(message_id.into()),
            ..Destination::new(to)
        }
    }
}

impl From<&str> for Destination {
    fn from(to: &str) -> Self {
        Destination::new(to)
    }
}

impl From<String> for Destination {
    fn from(to: String) -> Self {
        Destination::new(to)
    }
}

/// Request-level `options` (schema `RequestOptions`).
///
/// ```
/// use rcs_kit::model::*;
/// let o = RequestOptions {
///     message_ordering: Some(MessageOrdering::respect_order()),
///     ..Default::default()
/// };
/// assert_eq!(
///     serde_json::to_value(&o).unwrap(),
///     serde_json::json!({"messageOrdering": {"respectOrder": true}})
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RequestOptions {
    /// Bulk id, scheduled time and sending speed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub schedule: Option<Schedule>,
    /// URL shortening and click tracking.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tracking: Option<Tracking>,
    /// Ordered delivery of the messages of the request.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message_ordering: Option<MessageOrdering>,
    /// Members the model does not know (fields the API may add), kept for a lossless
    /// round trip.
    #[serde(flatten)]
    pub extra: Extra,
}

/// `options.schedule` (schema `Schedule`).
///
/// ```
/// use rcs_kit::model::*;
/// let s = Schedule::send_at("2030-01-01T10:00:00.000+0000")
///     .with_sending_speed_limit(SendingSpeedLimit::new(10, SpeedLimitTimeUnit::Minute));
/// assert_eq!(
///     serde_json::to_value(&s).unwrap(),
///     serde_json::json!({"sendAt": "2030-01-01T10:00:00.000+0000",
///                        "sendingSpeedLimit": {"amount": 10, "timeUnit": "MINUTE"}})
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Schedule {
    /// Your bulk id, up to 100 characters; generated by the API when absent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bulk_id: Option<String>,
    /// When to send (`yyyy-MM-dd'T'HH:mm:ss.SSSZ`), at most 180 days ahead.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub send_at: Option<String>,
    /// Throttle.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sending_speed_limit: Option<SendingSpeedLimit>,
    /// Members the model does not know (fields the API may add), kept for a lossless
    /// round trip.
    #[serde(flatten)]
    pub extra: Extra,
}

impl Schedule {
    /// A schedule with only a bulk id.
    pub fn bulk(bulk_id: impl Into<String>) -> Self {
        Schedule {
            bulk_id: Some(bulk_id.into()),
            ..Schedule::default()
        }
    }

    /// A schedule with only a send time (`yyyy-MM-dd'T'HH:mm:ss.SSSZ`).
    pub fn send_at(send_at: impl Into<String>) -> Self {
        Schedule {
            send_at: Some(send_at.into()),
            ..Schedule::default()
        }
    }

    /// Sets the sending speed limit.
    pub fn with_sending_speed_limit(mut self, limit: SendingSpeedLimit) -> Self {
        self.sending_speed_limit = Some(limit);
        self
    }
}

/// `schedule.sendingSpeedLimit` (schema `SendingSpeedLimit`): at most `amount` messages
/// per time unit.
///
/// ```
/// use rcs_kit::model::*;
/// let l = SendingSpeedLimit::new(100, SpeedLimitTimeUnit::Hour);
/// assert_eq!(serde_json::to_value(&l).unwrap(), serde_json::json!({"amount": 100, "timeUnit": "HOUR"}));
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SendingSpeedLimit {
    /// Messages per time unit.
    #[serde(deserialize_with = "crate::model::whole::int")]
    pub amount: i64,
    /// The time unit.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub time_unit: Option<SpeedLimitTimeUnit>,
    /// Members the model does not know (fields the API may add), kept for a lossless
    /// round trip.
    #[serde(flatten)]
    pub extra: Extra,
}

impl SendingSpeedLimit {
    /// `amount` messages per `unit`.
    pub fn new(amount: i64, unit: SpeedLimitTimeUnit) -> Self {
        SendingSpeedLimit {
            amount,
            time_unit: Some(unit),
            extra: Extra::new(),
        }
    }
}

/// `options.tracking` (schema `Tracking`): URL shortening and click tracking.
///
/// ```
/// use rcs_kit::model::Tracking;
/// let t = Tracking { track_clicks: Some(true), ..Tracking::shorten_urls() };
/// assert_eq!(
///     serde_json::to_value(&t).unwrap(),
///     serde_json::json!({"shortenUrl": true, "trackClicks": true})
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Tracking {
    /// Shorten URLs; must be `true` for the other options to work.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub shorten_url: Option<bool>,
    /// Track clicks on shortened URLs.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub track_clicks: Option<bool>,
    /// Where click reports are sent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tracking_url: Option<String>,
    /// Drop `http(s)://` from shortened URLs.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub remove_protocol: Option<bool>,
    /// A predefined short domain.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub custom_domain: Option<String>,
    /// Members the model does not know (fields the API may add), kept for a lossless
    /// round trip.
    #[serde(flatten)]
    pub extra: Extra,
}

impl Tracking {
    /// `shortenUrl: true` and nothing else.
    pub fn shorten_urls() -> Self {
        Tracking {
            shorten_url: Some(true),
            ..Tracking::default()
        }
    }
}

/// `options.messageOrdering` (schema `MessageOrdering`).
///
/// ```
/// use rcs_kit::model::MessageOrdering;
/// let o = MessageOrdering { stop_on_failure: Some(true), ..MessageOrdering::respect_order() };
/// assert_eq!(
///     serde_json::to_value(&o).unwrap(),
///     serde_json::json!({"respectOrder": true, "stopOnFailure": true})
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MessageOrdering {
    /// Deliver the messages in array order.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub respect_order: Option<bool>,
    /// Stop at the first message that fails.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stop_on_failure: Option<bool>,
    /// Members the model does not know (fields the API may add), kept for a lossless
    /// round trip.
    #[serde(flatten)]
    pub extra: Extra,
}

impl MessageOrdering {
    /// `respectOrder: true`.
    pub fn respect_order() -> Self {
        MessageOrdering {
            respect_order: Some(true),
            ..MessageOrdering::default()
        }
    }
}

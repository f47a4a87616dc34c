//! [`RequestBuilder`]: a request of one or more messages with its request-level options.

use super::{checked, MessageBuilder};
use crate::model::{
    RequestOptions, Schedule, SendRequest, SendingSpeedLimit, SpeedLimitTimeUnit, Tracking,
};
use crate::validate::{validate_request, validate_value, Kind, Options, Report};

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
    /// Appends a message (a [`MessageBuilder`] or a finished [`Message`](crate::model::Message)).
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
    /// assert_eq!(err.issues()[0].code, rcs_kit::rules::options::SEND_AT_TOO_FAR.code);
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
    /// assert_eq!(err.issues()[0].code, rcs_kit::limits::MESSAGES.code_under());
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
    /// assert_eq!(err.issues()[0].code, rcs_kit::rules::fields::REQUIRED.code);
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

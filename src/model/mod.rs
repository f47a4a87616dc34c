//! Typed serde models of the request bodies, with the API's JSON names.
//!
//! * [`SendRequest`]: the body of `POST /rcs/2/messages` ([`Message`]s with [`Content`],
//!   [`Suggestion`]s, [`MessageOptions`] and [`Webhooks`], plus [`RequestOptions`]).
//! * [`EventsRequest`]: the body of `POST /rcs/1/events` (typing indicators and read
//!   receipts).
//! * [`CapabilityQuery`] and [`CapabilityNotify`]: the bodies of
//!   `POST /rcs/2/capability-check/query` and `/notify`.
//! * [`messages_api::MessagesApiRequest`]: the body of `POST /messages-api/1/messages`
//!   with `channel: "RCS"`, and [`messages_api::MessagesApiEventsRequest`], the body of
//!   `POST /messages-api/1/events`.
//!
//! The models mirror the tables in [`schema`](crate::schema) field for field. They are
//! *lossless*: every optional field is an `Option` that is left out when `None` (an
//! optional array stays absent when absent and `[]` when empty), coordinates are kept as
//! [`serde_json::Number`] (so `45` stays `45` and `45.0` stays `45.0`), and every object
//! keeps the members it does not know in `extra` (fields the API may add later). So for
//! every valid body, deserializing and serializing again gives the same JSON value. One
//! spelling changes, never a value: an integer field written as an integral number with a
//! fraction or an exponent (`30.0`, `1e2`), which the API reads as that integer, holds the
//! integer and is written back as `30`, `100`.
//!
//! The models hold what you give them; nothing is checked while building. Run the
//! validator ([`validate_request`](crate::validate_request),
//! [`validate_events`](crate::validate_events)) or use the fluent
//! [`builder`](crate::builder), whose `build()` does.
//!
//! ```
//! use rcs_kit::model::*;
//! let req = SendRequest::new(vec![Message::new(
//!     "DemoSender",
//!     "441134960001",
//!     TextContent::new("Hello").with_suggestion(Suggestion::reply("Hi!", "hi")),
//! )]);
//! let json = serde_json::to_string(&req).unwrap();
//! assert_eq!(
//!     json,
//!     r#"{"messages":[{"sender":"DemoSender","destinations":[{"to":"441134960001"}],"content":{"type":"TEXT","text":"Hello","suggestions":[{"type":"REPLY","text":"Hi!","postbackData":"hi"}]}}]}"#
//! );
//! let back: SendRequest = serde_json::from_str(&json).unwrap();
//! assert_eq!(back, req);
//! ```

mod capability;
mod card;
mod content;
mod events;
#[cfg(feature = "messages-api")]
pub mod messages_api;
mod options;
mod request;
mod suggestion;
mod webhooks;
mod whole;

pub use capability::{CapabilityNotify, CapabilityOptions, CapabilityQuery};
pub use card::{Alignment, CardContent, CardMedia, CardWidth, Height, Orientation};
pub use content::{
    CardMessage, CarouselContent, Content, FileContent, ProviderTemplateContent, Resource,
    TemplateParameter, TextContent,
};
pub use events::{
    Event, EventContent, EventOptions, EventsRequest, SeenEventContent, TypingIndicatorEventContent,
};
pub use options::{
    DeliveryDay, DeliveryTime, DeliveryTimeWindow, IndiaDltOptions, IysRecipientType,
    MessageOptions, MmsContent, MmsFailover, MmsLinkSegment, MmsSegment, MmsSmilSegment,
    MmsTextSegment, MmsUploadedReferenceSegment, Platform, RegionalOptions, SmsFailover,
    SouthKoreaOptions, SpeedLimitTimeUnit, TurkeyIysOptions, ValidityPeriod, ValidityTimeUnit,
};
pub use request::{
    Destination, Message, MessageOrdering, RequestOptions, Schedule, SendRequest,
    SendingSpeedLimit, Tracking,
};
pub use suggestion::{
    CreateCalendarEventSuggestion, DialPhoneSuggestion, OpenUrlApplication, OpenUrlSuggestion,
    ReplySuggestion, RequestLocationSuggestion, ShowLocationSuggestion, Suggestion,
    WebviewViewMode,
};
pub use webhooks::{DeliveryWebhook, SeenWebhook, WebhookContentType, Webhooks};

/// Members of a JSON object that the model has no field for.
///
/// Every struct of the model keeps them in its `extra` field (`#[serde(flatten)]`), so
/// fields the API adds later, or that this library does not know yet, survive a
/// deserialize/serialize round trip. The validator reports them as `field.unknown`
/// (a warning, an error in strict mode).
pub type Extra = serde_json::Map<String, serde_json::Value>;

/// Appends `item` to an optional list, creating the list when absent.
pub(crate) fn push<T>(list: &mut Option<Vec<T>>, item: T) {
    list.get_or_insert_with(Vec::new).push(item);
}

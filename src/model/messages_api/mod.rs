//! Typed models of the Messages API request with `channel: "RCS"`
//! (`POST /messages-api/1/messages`), field for field the tables of
//! [`schema::messages_api`](crate::schema::messages_api).
//!
//! Lossless like the RCS API models: every optional field is an `Option` left out when
//! `None`, coordinates stay [`serde_json::Number`]s, and every object keeps the members
//! it does not know in `extra`. Objects both APIs share (platform, validity period,
//! regional options, the seen webhook, the request options) are the RCS API models.
//!
//! ```
//! use rcs_kit::model::messages_api::*;
//! let json = r#"{"messages":[{"channel":"RCS","sender":"DemoSender",
//!   "destinations":[{"to":"441134960001"}],
//!   "content":{"body":{"type":"TEXT","text":"Hi"},
//!     "buttons":[{"type":"OPEN_URL","text":"Open","url":"https://ex.com","openIn":"WEBVIEW_HALF"}]}}]}"#;
//! let req: MessagesApiRequest = serde_json::from_str(json).unwrap();
//! let AnyMessage::Message(m) = &req.messages[0] else { panic!() };
//! let Body::Text(text) = &m.content.body else { panic!() };
//! assert_eq!(text.text, "Hi");
//! let back = serde_json::to_value(&req).unwrap();
//! assert_eq!(back, serde_json::from_str::<serde_json::Value>(json).unwrap());
//! ```

use super::{
    Alignment, Extra, Height, Orientation, Platform, RegionalOptions, RequestOptions, SeenWebhook,
    ValidityPeriod, WebhookContentType,
};
use serde::{Deserialize, Serialize};
use serde_json::Number;

mod template;
pub use template::*;

/// The body of `POST /messages-api/1/messages` (schema `MessagesApiRequest`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MessagesApiRequest {
    /// The messages, at least one: plain or template messages.
    pub messages: Vec<AnyMessage>,
    /// Scheduling, tracking, ordering (the RCS API's request options).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub options: Option<RequestOptions>,
    /// Members the model does not know, kept for a lossless round trip.
    #[serde(flatten)]
    pub extra: Extra,
}

/// One message (schema `MessagesApiMessage`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MessagesApiMessage {
    /// `RCS` for this profile.
    pub channel: String,
    /// Your RCS sender (agent).
    pub sender: String,
    /// Recipients.
    pub destinations: Vec<MessagesApiDestination>,
    /// Body and buttons.
    pub content: MessagesApiContent,
    /// Message options.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub options: Option<MessagesApiMessageOptions>,
    /// Delivery and seen reports.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub webhooks: Option<MessagesApiWebhooks>,
    /// Channels tried in order when RCS fails.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failover: Option<Vec<MessagesApiFailover>>,
    /// Members the model does not know, kept for a lossless round trip.
    #[serde(flatten)]
    pub extra: Extra,
}

/// A recipient: `{to, messageId}` or `{messageId, byChannel}` (schema
/// `MessagesApiDestination`; both forms in one struct, the validator checks that exactly
/// one of `to` and `byChannel` is there).
///
/// ```
/// use rcs_kit::model::messages_api::*;
/// let d: MessagesApiDestination = serde_json::from_str(
///     r#"{"byChannel":[{"channel":"SMS","to":"441134960001"}]}"#).unwrap();
/// assert_eq!(d.by_channel.unwrap()[0].channel, "SMS");
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MessagesApiDestination {
    /// Phone number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<String>,
    /// Your id for this message.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message_id: Option<String>,
    /// The recipient per channel.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub by_channel: Option<Vec<ChannelDestination>>,
    /// Members the model does not know, kept for a lossless round trip.
    #[serde(flatten)]
    pub extra: Extra,
}

/// `byChannel[]` (schema `MessagesApiChannelDestination`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ChannelDestination {
    /// The channel (`RCS`, `SMS`, ...; open).
    pub channel: String,
    /// The recipient on that channel.
    pub to: String,
    /// Your id for this message on that channel.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message_id: Option<String>,
    /// Members the model does not know, kept for a lossless round trip.
    #[serde(flatten)]
    pub extra: Extra,
}

/// `content` (schema `MessagesApiContent`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MessagesApiContent {
    /// What to send.
    pub body: Body,
    /// Buttons below the message.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub buttons: Option<Vec<Button>>,
    /// Members the model does not know, kept for a lossless round trip.
    #[serde(flatten)]
    pub extra: Extra,
}

/// A body, by `type` (schema `MessagesApiBody`).
///
/// ```
/// use rcs_kit::model::messages_api::*;
/// let b: Body = serde_json::from_str(r#"{"type":"IMAGE","url":"https://ex.com/a.jpg"}"#).unwrap();
/// assert!(matches!(b, Body::Image(_)));
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Body {
    /// `TEXT`.
    Text(TextBody),
    /// `IMAGE`.
    Image(FileBody),
    /// `VIDEO`.
    Video(FileBody),
    /// `DOCUMENT`.
    Document(FileBody),
    /// `RICH_LINK`.
    RichLink(RichLinkBody),
    /// `CAROUSEL`.
    Carousel(CarouselBody),
}

/// TEXT body.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TextBody {
    /// The text.
    pub text: String,
    /// Members the model does not know, kept for a lossless round trip.
    #[serde(flatten)]
    pub extra: Extra,
}

/// IMAGE, VIDEO and DOCUMENT bodies (`thumbnailUrl` is VIDEO's, `filename` DOCUMENT's).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FileBody {
    /// URL of the file.
    pub url: String,
    /// Text sent with the file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// VIDEO: thumbnail URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub thumbnail_url: Option<String>,
    /// DOCUMENT: file name shown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filename: Option<String>,
    /// Members the model does not know, kept for a lossless round trip.
    #[serde(flatten)]
    pub extra: Extra,
}

/// `cardOptions` (schema `MessagesApiCardOptions`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CardOptions {
    /// HORIZONTAL or VERTICAL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub orientation: Option<Orientation>,
    /// LEFT or RIGHT.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alignment: Option<Alignment>,
    /// SHORT, MEDIUM or TALL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub height: Option<Height>,
    /// Members the model does not know, kept for a lossless round trip.
    #[serde(flatten)]
    pub extra: Extra,
}

/// RICH_LINK body (schema `MessagesApiRichLinkBody`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RichLinkBody {
    /// URL of the media.
    pub url: String,
    /// The card's text.
    pub text: String,
    /// Where the button leads.
    pub redirect_url: String,
    /// Whether `url` is a video.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_video: Option<bool>,
    /// Thumbnail of a video.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub thumbnail_url: Option<String>,
    /// Text of the button.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub button_text: Option<String>,
    /// Layout.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub card_options: Option<CardOptions>,
    /// Members the model does not know, kept for a lossless round trip.
    #[serde(flatten)]
    pub extra: Extra,
}

/// CAROUSEL body (schema `MessagesApiCarouselBody`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CarouselBody {
    /// The cards, 2 to 10.
    pub cards: Vec<Card>,
    /// Members the model does not know, kept for a lossless round trip.
    #[serde(flatten)]
    pub extra: Extra,
}

/// A carousel card (schema `MessagesApiCard`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Card {
    /// Media, title and text.
    pub body: CardBody,
    /// Buttons in the card.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub buttons: Option<Vec<Button>>,
    /// Members the model does not know, kept for a lossless round trip.
    #[serde(flatten)]
    pub extra: Extra,
}

/// A carousel card's body (schema `MessagesApiCardBody`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CardBody {
    /// URL of the media.
    pub url: String,
    /// The card's text.
    pub text: String,
    /// Bold title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Whether `url` is a video.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_video: Option<bool>,
    /// Thumbnail of a video.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub thumbnail_url: Option<String>,
    /// Layout.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub card_options: Option<CardOptions>,
    /// Members the model does not know, kept for a lossless round trip.
    #[serde(flatten)]
    pub extra: Extra,
}

/// A button, by `type` (schema `MessagesApiButton`).
///
/// ```
/// use rcs_kit::model::messages_api::*;
/// let b: Button = serde_json::from_str(
///     r#"{"type":"OPEN_URL","text":"Open","url":"https://ex.com","openIn":"BROWSER"}"#).unwrap();
/// let Button::OpenUrl(open) = b else { panic!() };
/// assert_eq!(open.open_in, Some(OpenIn::Browser));
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Button {
    /// `REPLY`.
    Reply(ReplyButton),
    /// `OPEN_URL`.
    OpenUrl(OpenUrlButton),
    /// `DIAL_PHONE`.
    DialPhone(DialPhoneButton),
    /// `SHOW_LOCATION`.
    ShowLocation(ShowLocationButton),
    /// `REQUEST_LOCATION`.
    RequestLocation(ReplyButton),
    /// `ADD_CALENDAR_EVENT`.
    AddCalendarEvent(AddCalendarEventButton),
}

/// REPLY and REQUEST_LOCATION buttons.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ReplyButton {
    /// Text on the button.
    pub text: String,
    /// Data sent back when tapped.
    pub postback_data: String,
    /// Members the model does not know, kept for a lossless round trip.
    #[serde(flatten)]
    pub extra: Extra,
}

/// Where an OPEN_URL button opens (schema `MessagesApiOpenIn`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum OpenIn {
    /// `BROWSER`.
    Browser,
    /// `WEBVIEW_FULL`.
    WebviewFull,
    /// `WEBVIEW_HALF`.
    WebviewHalf,
    /// `WEBVIEW_TALL`.
    WebviewTall,
}

/// OPEN_URL button.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct OpenUrlButton {
    /// Text on the button.
    pub text: String,
    /// The URL.
    pub url: String,
    /// Data sent back when tapped.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub postback_data: Option<String>,
    /// Browser or webview.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub open_in: Option<OpenIn>,
    /// Members the model does not know, kept for a lossless round trip.
    #[serde(flatten)]
    pub extra: Extra,
}

/// DIAL_PHONE button.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DialPhoneButton {
    /// Text on the button.
    pub text: String,
    /// Number to call.
    pub phone_number: String,
    /// Data sent back when tapped.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub postback_data: Option<String>,
    /// Members the model does not know, kept for a lossless round trip.
    #[serde(flatten)]
    pub extra: Extra,
}

/// SHOW_LOCATION button.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ShowLocationButton {
    /// Text on the button.
    pub text: String,
    /// Latitude, as written.
    pub latitude: Number,
    /// Longitude, as written.
    pub longitude: Number,
    /// Label of the pin.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Data sent back when tapped.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub postback_data: Option<String>,
    /// Members the model does not know, kept for a lossless round trip.
    #[serde(flatten)]
    pub extra: Extra,
}

/// ADD_CALENDAR_EVENT button.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AddCalendarEventButton {
    /// Text on the button.
    pub text: String,
    /// Data sent back when tapped.
    pub postback_data: String,
    /// Start.
    pub start_time: String,
    /// End.
    pub end_time: String,
    /// Event title.
    pub title: String,
    /// Event description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Members the model does not know, kept for a lossless round trip.
    #[serde(flatten)]
    pub extra: Extra,
}

/// Traffic type (schema `MessagesApiTrafficType`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum TrafficType {
    /// `PROMOTIONAL`.
    Promotional,
    /// `TRANSACTIONAL`.
    Transactional,
}

/// Per-message options (schema `MessagesApiMessageOptions`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MessagesApiMessageOptions {
    /// Platform identifiers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub platform: Option<Platform>,
    /// Delivery validity.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub validity_period: Option<ValidityPeriod>,
    /// Best-effort mapping of what the channel cannot show (the API's default: true).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub adaptation_mode: Option<bool>,
    /// Regional options.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub regional: Option<RegionalOptions>,
    /// Your campaign reference.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub campaign_reference_id: Option<String>,
    /// Transliteration of the text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transliteration: Option<String>,
    /// PROMOTIONAL or TRANSACTIONAL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub traffic_type: Option<TrafficType>,
    /// Members the model does not know, kept for a lossless round trip.
    #[serde(flatten)]
    pub extra: Extra,
}

/// `webhooks.delivery` (schema `MessagesApiDeliveryWebhook`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MessagesApiDeliveryWebhook {
    /// Delivery report URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Send intermediate reports.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub intermediate_report: Option<bool>,
    /// Members the model does not know, kept for a lossless round trip.
    #[serde(flatten)]
    pub extra: Extra,
}

/// `webhooks` (schema `MessagesApiWebhooks`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MessagesApiWebhooks {
    /// Delivery reports.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delivery: Option<MessagesApiDeliveryWebhook>,
    /// JSON or XML.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content_type: Option<WebhookContentType>,
    /// Echoed in reports.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub callback_data: Option<String>,
    /// Seen reports.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seen: Option<SeenWebhook>,
    /// Members the model does not know, kept for a lossless round trip.
    #[serde(flatten)]
    pub extra: Extra,
}

/// `failover[]` (schema `MessagesApiFailover`). Its `content` is kept as JSON: which
/// bodies a failover channel takes is that channel's business.
///
/// ```
/// use rcs_kit::model::messages_api::*;
/// let f: MessagesApiFailover = serde_json::from_str(
///     r#"{"channel":"SMS","content":{"body":{"type":"TEXT","text":"Hi"}}}"#).unwrap();
/// assert_eq!(f.content["body"]["text"], "Hi");
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MessagesApiFailover {
    /// The channel (`SMS`, ...; open).
    pub channel: String,
    /// The sender on that channel.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sender: Option<String>,
    /// What to send there.
    pub content: serde_json::Value,
    /// How long this step tries.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub validity_period: Option<ValidityPeriod>,
    /// Members the model does not know, kept for a lossless round trip.
    #[serde(flatten)]
    pub extra: Extra,
}

// ---------------------------------------------------------------- events

/// The body of `POST /messages-api/1/events` (schema `MessagesApiEventsRequest`).
///
/// ```
/// use rcs_kit::model::messages_api::*;
/// let json = r#"{"events":[{"channel":"RCS","sender":"DemoSender",
///   "destinations":[{"to":"441134960001"}],"event":"SEEN","messageId":"mo-1"}]}"#;
/// let req: MessagesApiEventsRequest = serde_json::from_str(json).unwrap();
/// assert_eq!(req.events[0].event, MessagesApiEventType::Seen);
/// let back = serde_json::to_value(&req).unwrap();
/// assert_eq!(back, serde_json::from_str::<serde_json::Value>(json).unwrap());
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MessagesApiEventsRequest {
    /// The events, at least one.
    pub events: Vec<MessagesApiEvent>,
    /// Members the model does not know, kept for a lossless round trip.
    #[serde(flatten)]
    pub extra: Extra,
}

/// What an event does (schema `MessagesApiEventType`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum MessagesApiEventType {
    /// `TYPING_STARTED`: show the typing bubble.
    TypingStarted,
    /// `TYPING_STOPPED`: hide it.
    TypingStopped,
    /// `SEEN`: mark the message `messageId` as seen.
    Seen,
}

/// One event (schema `MessagesApiEvent`: the SDK's `MessagesApiOutboundSeenEvent`,
/// `...TypingStartedEvent` and `...TypingStoppedEvent` in one, as they differ only in
/// SEEN's `messageId`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MessagesApiEvent {
    /// `RCS` for this profile.
    pub channel: String,
    /// Your RCS sender (agent).
    pub sender: String,
    /// Recipients.
    pub destinations: Vec<MessagesApiEventDestination>,
    /// What the event does.
    pub event: MessagesApiEventType,
    /// SEEN: the id of the message marked as seen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message_id: Option<String>,
    /// Platform and validity period.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub options: Option<MessagesApiEventOptions>,
    /// Members the model does not know, kept for a lossless round trip.
    #[serde(flatten)]
    pub extra: Extra,
}

/// The recipient of an event (schema `MessagesApiEventDestination`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MessagesApiEventDestination {
    /// Phone number, digits.
    pub to: String,
    /// Your id for this event.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message_id: Option<String>,
    /// Members the model does not know, kept for a lossless round trip.
    #[serde(flatten)]
    pub extra: Extra,
}

/// Options of an event (schema `MessagesApiEventOptions`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MessagesApiEventOptions {
    /// Platform identifiers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub platform: Option<Platform>,
    /// How long the event may be delivered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub validity_period: Option<ValidityPeriod>,
    /// Members the model does not know, kept for a lossless round trip.
    #[serde(flatten)]
    pub extra: Extra,
}

//! MO messages and MO events (suggestion taps): spec 6.1 and 6.2.

use super::{Conversation, Extra, InteractionType, Platform, Price};
use serde::de::Error as _;
use serde::ser::Error as _;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::{Number, Value};

/// A batch of messages from users (`RcsInboundMessages`, spec 6.1).
///
/// ```
/// use rcs_kit::webhooks::*;
/// let batch: InboundMessages = serde_json::from_str(r#"{"results":[{
///   "sender":"385912345678","to":"DemoSender","integrationType":"RCS",
///   "receivedAt":"2024-06-14T09:12:00.000+0000","interactionType":"BASIC_MESSAGE","rcsCount":1,
///   "messageId":"c0ed295b","message":{"type":"LOCATION","latitude":45.8,"longitude":15.97},
///   "price":{"trafficType":"BASIC","pricePerMessage":0,"currency":"EUR"},
///   "conversation":{"canInitiate":true},"platform":{"entityId":"e1"}}],
///   "messageCount":1,"pendingMessageCount":0}"#).unwrap();
/// let m = &batch.results[0];
/// assert_eq!(m.sender, "385912345678");
/// assert_eq!(m.interaction_type, Some(InteractionType::BasicMessage));
/// assert!(matches!(m.message, InboundContent::Location(_)));
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct InboundMessages {
    /// The messages.
    pub results: Vec<InboundMessage>,
    /// Number of messages in this batch.
    pub message_count: u32,
    /// Number of messages still waiting to be sent to you.
    pub pending_message_count: u32,
    /// Members the model does not know, kept for a lossless round trip.
    #[serde(flatten)]
    pub extra: Extra,
}

/// One message from a user (`RcsInboundMessageRcsInboundMessageContent`).
///
/// `interactionType`, `rcsCount`, `conversation` and `platform` are required by the
/// current spec but absent from older payloads, so they are `Option`s here.
///
/// ```
/// use rcs_kit::webhooks::*;
/// let m: InboundMessage = serde_json::from_str(r#"{"sender":"385912345678","to":"DemoSender",
///   "integrationType":"RCS","receivedAt":"2024-06-14T09:12:00.000+0000","messageId":"m1",
///   "message":{"type":"TEXT","text":"Hi"},"price":{"pricePerMessage":0.0,"currency":"EUR"}}"#).unwrap();
/// assert_eq!(m.message, InboundContent::Text(InboundText::new("Hi")));
/// assert_eq!(m.rcs_count, None);
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct InboundMessage {
    /// The user's phone number.
    pub sender: String,
    /// Your sender (agent).
    pub to: String,
    /// The integration, e.g. `RCS`.
    pub integration_type: String,
    /// When the message arrived, e.g. `2024-06-14T09:12:00.000+0000`.
    pub received_at: String,
    /// Structure of the message (not its billing category).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub interaction_type: Option<InteractionType>,
    /// Number of segments (over 1 for long US Rich messages).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rcs_count: Option<u32>,
    /// The keyword the message matched.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub keyword: Option<String>,
    /// Id of this message.
    pub message_id: String,
    /// Id of the message of yours this one answers.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub paired_message_id: Option<String>,
    /// Your `callbackData` of the paired message.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub callback_data: Option<String>,
    /// Your campaign reference of the paired message.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub campaign_reference_id: Option<String>,
    /// What the user sent.
    pub message: InboundContent,
    /// What the message cost.
    pub price: Price,
    /// The conversation it belongs to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub conversation: Option<Conversation>,
    /// Platform (CPaaS X) identifiers.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub platform: Option<Platform>,
    /// Members the model does not know, kept for a lossless round trip.
    #[serde(flatten)]
    pub extra: Extra,
}

/// A batch of suggestion taps (`RcsInboundEvents`, spec 6.2).
///
/// ```
/// use rcs_kit::webhooks::*;
/// let batch: InboundEvents = serde_json::from_str(r#"{"results":[{
///   "sender":"+385911234567","to":"+385911111111","integrationType":"RCS",
///   "receivedAt":"2026-03-03T14:22:30.000+0000","interactionType":"EVENT","messageId":"msg-abc123",
///   "message":{"text":"Yes","postbackData":"yes","type":"SUGGESTION"},
///   "price":{"pricePerMessage":0,"currency":"EUR"},
///   "conversation":{"canInitiate":false,"id":"conv-xyz789"},"platform":{}}],
///   "messageCount":1,"pendingMessageCount":0}"#).unwrap();
/// let InboundContent::Suggestion(tap) = &batch.results[0].message else { panic!() };
/// assert_eq!(tap.postback_data, "yes");
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct InboundEvents {
    /// The events.
    pub results: Vec<InboundEvent>,
    /// Number of events in this batch.
    pub message_count: u32,
    /// Number of events still waiting to be sent to you.
    pub pending_message_count: u32,
    /// Members the model does not know, kept for a lossless round trip.
    #[serde(flatten)]
    pub extra: Extra,
}

/// One suggestion tap (`RcsInboundMessageEventContent`): the fields of an
/// [`InboundMessage`] without `rcsCount`, with `interactionType` `EVENT` and a
/// `SUGGESTION` message.
///
/// ```
/// use rcs_kit::webhooks::*;
/// let e: InboundEvent = serde_json::from_str(r#"{"sender":"385912345678","to":"DemoSender",
///   "integrationType":"RCS","receivedAt":"2026-03-03T14:22:30.000+0000","interactionType":"EVENT",
///   "messageId":"m2","message":{"type":"SUGGESTION","text":"Track","postbackData":"track-1"},
///   "price":{}}"#).unwrap();
/// assert_eq!(e.interaction_type, Some(InteractionType::Event));
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct InboundEvent {
    /// The user's phone number.
    pub sender: String,
    /// Your sender (agent).
    pub to: String,
    /// The integration, e.g. `RCS`.
    pub integration_type: String,
    /// When the tap arrived.
    pub received_at: String,
    /// `EVENT`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub interaction_type: Option<InteractionType>,
    /// The keyword matched.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub keyword: Option<String>,
    /// Id of this event.
    pub message_id: String,
    /// Id of the message whose suggestion was tapped.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub paired_message_id: Option<String>,
    /// Your `callbackData` of the paired message.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub callback_data: Option<String>,
    /// Your campaign reference of the paired message.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub campaign_reference_id: Option<String>,
    /// The suggestion tapped (`SUGGESTION`).
    pub message: InboundContent,
    /// What it cost.
    pub price: Price,
    /// The conversation it belongs to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub conversation: Option<Conversation>,
    /// Platform (CPaaS X) identifiers.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub platform: Option<Platform>,
    /// Members the model does not know, kept for a lossless round trip.
    #[serde(flatten)]
    pub extra: Extra,
}

/// What a user sent, selected by its `type` member: `TEXT`, `FILE`, `LOCATION`,
/// `SUGGESTION`, or a type this library does not know ([`InboundContent::Other`], the
/// whole object kept as sent).
///
/// ```
/// use rcs_kit::webhooks::InboundContent;
/// let c: InboundContent = serde_json::from_str(
///     r#"{"type":"FILE","url":"https://x.example/a.jpg","name":"a.jpg","contentType":"image/jpeg","size":1024}"#).unwrap();
/// let InboundContent::File(f) = &c else { panic!() };
/// assert_eq!(f.size, Some(1024));
/// let new: InboundContent = serde_json::from_str(r#"{"type":"STICKER","id":"s1"}"#).unwrap();
/// assert_eq!(new.type_name(), "STICKER");
/// assert_eq!(serde_json::to_value(&new).unwrap(), serde_json::json!({"type":"STICKER","id":"s1"}));
/// ```
#[derive(Debug, Clone, PartialEq)]
pub enum InboundContent {
    /// `TEXT`.
    Text(InboundText),
    /// `FILE`: a file the user sent (kept 60 days).
    File(InboundFile),
    /// `LOCATION`: a point the user shared.
    Location(InboundLocation),
    /// `SUGGESTION`: a suggested reply or action the user tapped.
    Suggestion(InboundSuggestion),
    /// Another `type` (or none): every member, `type` included, as sent.
    Other(Extra),
}

impl InboundContent {
    /// The `type` member: `TEXT`, `FILE`, `LOCATION`, `SUGGESTION`, or the unknown one
    /// (empty when absent or not a string).
    pub fn type_name(&self) -> &str {
        match self {
            InboundContent::Text(_) => "TEXT",
            InboundContent::File(_) => "FILE",
            InboundContent::Location(_) => "LOCATION",
            InboundContent::Suggestion(_) => "SUGGESTION",
            InboundContent::Other(m) => m.get("type").and_then(Value::as_str).unwrap_or(""),
        }
    }
}

impl<'de> Deserialize<'de> for InboundContent {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let mut map = Extra::deserialize(d)?;
        let kind = match map.get("type").and_then(Value::as_str) {
            Some(t @ ("TEXT" | "FILE" | "LOCATION" | "SUGGESTION")) => t.to_owned(),
            _ => return Ok(InboundContent::Other(map)),
        };
        map.remove("type");
        let body = Value::Object(map);
        let read = |what: &str, e: serde_json::Error| D::Error::custom(format!("{what}: {e}"));
        Ok(match kind.as_str() {
            "TEXT" => {
                InboundContent::Text(serde_json::from_value(body).map_err(|e| read("TEXT", e))?)
            }
            "FILE" => {
                InboundContent::File(serde_json::from_value(body).map_err(|e| read("FILE", e))?)
            }
            "LOCATION" => InboundContent::Location(
                serde_json::from_value(body).map_err(|e| read("LOCATION", e))?,
            ),
            _ => InboundContent::Suggestion(
                serde_json::from_value(body).map_err(|e| read("SUGGESTION", e))?,
            ),
        })
    }
}

impl Serialize for InboundContent {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let (kind, body) = match self {
            InboundContent::Other(map) => return map.serialize(s),
            InboundContent::Text(c) => ("TEXT", serde_json::to_value(c)),
            InboundContent::File(c) => ("FILE", serde_json::to_value(c)),
            InboundContent::Location(c) => ("LOCATION", serde_json::to_value(c)),
            InboundContent::Suggestion(c) => ("SUGGESTION", serde_json::to_value(c)),
        };
        let mut map = match body.map_err(S::Error::custom)? {
            Value::Object(m) => m,
            _ => return Err(S::Error::custom("message content is not an object")),
        };
        map.insert("type".into(), Value::String(kind.into()));
        map.serialize(s)
    }
}

/// `TEXT` content from a user.
///
/// ```
/// use rcs_kit::webhooks::{InboundContent, InboundText};
/// assert_eq!(
///     serde_json::to_value(InboundContent::Text(InboundText::new("Hi"))).unwrap(),
///     serde_json::json!({"type": "TEXT", "text": "Hi"})
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct InboundText {
    /// The text.
    pub text: String,
    /// Members the model does not know, kept for a lossless round trip.
    #[serde(flatten)]
    pub extra: Extra,
}

impl InboundText {
    /// The text `text`.
    pub fn new(text: impl Into<String>) -> Self {
        InboundText {
            text: text.into(),
            extra: Extra::new(),
        }
    }
}

/// `FILE` content from a user.
///
/// ```
/// use rcs_kit::webhooks::InboundFile;
/// let f: InboundFile = serde_json::from_str(r#"{"url":"https://x.example/v.mp4"}"#).unwrap();
/// assert_eq!(f.url, "https://x.example/v.mp4");
/// assert_eq!(f.content_type, None);
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct InboundFile {
    /// Where to download the file (kept 60 days).
    pub url: String,
    /// File name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// MIME type.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub content_type: Option<String>,
    /// Size in bytes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub size: Option<u64>,
    /// Members the model does not know, kept for a lossless round trip.
    #[serde(flatten)]
    pub extra: Extra,
}

/// `LOCATION` content from a user: latitude −90..90, longitude −180..180, kept as written.
///
/// ```
/// use rcs_kit::webhooks::InboundLocation;
/// let l: InboundLocation = serde_json::from_str(r#"{"latitude":45,"longitude":15.5}"#).unwrap();
/// assert_eq!(serde_json::to_string(&l).unwrap(), r#"{"latitude":45,"longitude":15.5}"#);
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct InboundLocation {
    /// Latitude in degrees.
    pub latitude: Number,
    /// Longitude in degrees.
    pub longitude: Number,
    /// Members the model does not know, kept for a lossless round trip.
    #[serde(flatten)]
    pub extra: Extra,
}

/// `SUGGESTION` content: the suggestion the user tapped.
///
/// ```
/// use rcs_kit::webhooks::InboundSuggestion;
/// let s: InboundSuggestion = serde_json::from_str(r#"{"text":"Yes","postbackData":"yes-1"}"#).unwrap();
/// assert_eq!((s.text.as_str(), s.postback_data.as_str()), ("Yes", "yes-1"));
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct InboundSuggestion {
    /// The suggestion's text.
    pub text: String,
    /// Its `postbackData`, as you sent it.
    pub postback_data: String,
    /// Members the model does not know, kept for a lossless round trip.
    #[serde(flatten)]
    pub extra: Extra,
}

//! Typed models of Messages API template messages, field for field the tables of
//! [`schema::messages_api::template`](crate::schema::messages_api::template).
//!
//! A template message is a message with `template`; [`AnyMessage`] tells the two kinds
//! apart by that member, as the walker does. A TEXT header's or body's placeholders are
//! the members beside `type` (`{"type": "TEXT", "1": "John"}`): a
//! [`Placeholders`] map in the model.
//!
//! ```
//! use rcs_kit::model::messages_api::*;
//! let json = r#"{"messages":[{"channel":"RCS","sender":"DemoSender",
//!   "destinations":[{"to":"441134960001"}],
//!   "template":{"templateName":"order_shipped"},
//!   "content":{"body":{"type":"TEXT","1":"John","2":"A-1042"}}}]}"#;
//! let req: MessagesApiRequest = serde_json::from_str(json).unwrap();
//! let AnyMessage::Template(m) = &req.messages[0] else { panic!() };
//! assert_eq!(m.template.template_name, "order_shipped");
//! let Some(TemplateBody::Text(placeholders)) = m.content.as_ref().and_then(|c| c.body.as_ref())
//! else { panic!() };
//! assert_eq!(placeholders["1"], "John");
//! let back = serde_json::to_value(&req).unwrap();
//! assert_eq!(back, serde_json::from_str::<serde_json::Value>(json).unwrap());
//! ```

use super::{
    Extra, MessagesApiDestination, MessagesApiMessage, MessagesApiMessageOptions,
    MessagesApiWebhooks, ValidityPeriod,
};
use serde::de::Error as _;
use serde::{Deserialize, Deserializer, Serialize};
use serde_json::{Number, Value};
use std::collections::BTreeMap;

/// Placeholder values by name (`"1": "John"`).
pub type Placeholders = BTreeMap<String, String>;

/// `messages[]`: a plain message, or a template message when it has `template` (the
/// SDK's `MessagesApiRequestMessagesInner`).
///
/// ```
/// use rcs_kit::model::messages_api::*;
/// let m: AnyMessage = serde_json::from_str(r#"{"channel":"RCS","sender":"S",
///   "destinations":[{"to":"441134960001"}],"template":{"templateName":"t"}}"#).unwrap();
/// assert!(matches!(m, AnyMessage::Template(_)));
/// ```
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum AnyMessage {
    /// A message with its own body and buttons.
    Message(Box<MessagesApiMessage>),
    /// A message that fills in a registered template.
    Template(Box<MessagesApiTemplateMessage>),
}

impl<'de> Deserialize<'de> for AnyMessage {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let members = Extra::deserialize(deserializer)?;
        let template = members.contains_key("template");
        let value = Value::Object(members);
        if template {
            serde_json::from_value(value)
                .map(|m| AnyMessage::Template(Box::new(m)))
                .map_err(D::Error::custom)
        } else {
            serde_json::from_value(value)
                .map(|m| AnyMessage::Message(Box::new(m)))
                .map_err(D::Error::custom)
        }
    }
}

impl From<MessagesApiMessage> for AnyMessage {
    fn from(m: MessagesApiMessage) -> Self {
        AnyMessage::Message(Box::new(m))
    }
}

impl From<MessagesApiTemplateMessage> for AnyMessage {
    fn from(m: MessagesApiTemplateMessage) -> Self {
        AnyMessage::Template(Box::new(m))
    }
}

/// A template message (schema `MessagesApiTemplateMessage`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MessagesApiTemplateMessage {
    /// `RCS` for this profile.
    pub channel: String,
    /// Your RCS sender (agent).
    pub sender: String,
    /// Recipients.
    pub destinations: Vec<MessagesApiDestination>,
    /// The registered template.
    pub template: MessagesApiTemplate,
    /// What fills it in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content: Option<TemplateContent>,
    /// Message options.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub options: Option<MessagesApiMessageOptions>,
    /// Delivery and seen reports.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub webhooks: Option<MessagesApiWebhooks>,
    /// Channels tried in order when RCS fails, each with its template.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failover: Option<Vec<TemplateFailover>>,
    /// Members the model does not know, kept for a lossless round trip.
    #[serde(flatten)]
    pub extra: Extra,
}

/// `template` (schema `MessagesApiTemplate`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MessagesApiTemplate {
    /// Name of the template.
    pub template_name: String,
    /// Language of the template.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// Your reference for this use of the template.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference_id: Option<String>,
    /// Members the model does not know, kept for a lossless round trip.
    #[serde(flatten)]
    pub extra: Extra,
}

/// `content` of a template message (schema `MessagesApiTemplateContent`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TemplateContent {
    /// Header values.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub header: Option<TemplateHeader>,
    /// Body values.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<TemplateBody>,
    /// Button values.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub buttons: Option<Vec<TemplateButton>>,
    /// End of a limited-time offer (a date-time).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expiration_time: Option<String>,
    /// Members the model does not know, kept for a lossless round trip.
    #[serde(flatten)]
    pub extra: Extra,
}

/// `content.header`, by `type` (schema `MessagesApiTemplateHeader`).
///
/// ```
/// use rcs_kit::model::messages_api::*;
/// let h: TemplateHeader = serde_json::from_str(
///     r#"{"type":"DOCUMENT","url":"https://ex.com/a.pdf","filename":"a.pdf"}"#).unwrap();
/// let TemplateHeader::Document(d) = h else { panic!() };
/// assert_eq!(d.filename, "a.pdf");
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "SCREAMING_SNAKE_CASE")]
pub enum TemplateHeader {
    /// `TEXT`: its placeholders.
    Text(Placeholders),
    /// `DOCUMENT`.
    Document(DocumentHeader),
    /// `IMAGE`.
    Image(MediaHeader),
    /// `VIDEO`.
    Video(MediaHeader),
    /// `LOCATION`.
    Location(LocationHeader),
}

/// IMAGE and VIDEO headers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MediaHeader {
    /// http(s) URL of the file.
    pub url: String,
    /// Members the model does not know, kept for a lossless round trip.
    #[serde(flatten)]
    pub extra: Extra,
}

/// DOCUMENT header.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DocumentHeader {
    /// http(s) URL of the file.
    pub url: String,
    /// File name shown.
    pub filename: String,
    /// Members the model does not know, kept for a lossless round trip.
    #[serde(flatten)]
    pub extra: Extra,
}

/// LOCATION header (coordinates kept as written).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct LocationHeader {
    /// Latitude.
    pub latitude: Number,
    /// Longitude.
    pub longitude: Number,
    /// Members the model does not know, kept for a lossless round trip.
    #[serde(flatten)]
    pub extra: Extra,
}

/// `content.body`, by `type` (schema `MessagesApiTemplateBody`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "SCREAMING_SNAKE_CASE")]
pub enum TemplateBody {
    /// `TEXT`: its placeholders.
    Text(Placeholders),
    /// `CAROUSEL`.
    Carousel(TemplateCarousel),
}

/// CAROUSEL body.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TemplateCarousel {
    /// The cards.
    pub cards: Vec<TemplateCard>,
    /// Members the model does not know, kept for a lossless round trip.
    #[serde(flatten)]
    pub extra: Extra,
}

/// A card of a carousel template.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TemplateCard {
    /// IMAGE or VIDEO.
    pub header: CardHeader,
    /// Placeholder values of its text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<Placeholders>,
    /// Its buttons.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub buttons: Option<Vec<CardButton>>,
    /// Members the model does not know, kept for a lossless round trip.
    #[serde(flatten)]
    pub extra: Extra,
}

/// A carousel card's header, by `type`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "SCREAMING_SNAKE_CASE")]
pub enum CardHeader {
    /// `IMAGE`.
    Image(MediaHeader),
    /// `VIDEO`.
    Video(MediaHeader),
}

/// A carousel card's button, by `type`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "SCREAMING_SNAKE_CASE")]
pub enum CardButton {
    /// `QUICK_REPLY`.
    QuickReply(QuickReplyButton),
    /// `OPEN_URL`.
    OpenUrl(UrlSuffixButton),
    /// `PHONE_NUMBER`.
    PhoneNumber(Extra),
}

/// `content.buttons[]`, by `type` (schema `MessagesApiTemplateButton`).
///
/// ```
/// use rcs_kit::model::messages_api::*;
/// let b: TemplateButton = serde_json::from_str(
///     r#"{"type":"FLOW","token":"t","data":{"step":2,"tags":["a"]}}"#).unwrap();
/// let TemplateButton::Flow(flow) = b else { panic!() };
/// assert_eq!(flow.data.unwrap()["step"], 2);
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "SCREAMING_SNAKE_CASE")]
pub enum TemplateButton {
    /// `QUICK_REPLY`.
    QuickReply(QuickReplyButton),
    /// `OPEN_URL`.
    OpenUrl(UrlSuffixButton),
    /// `PHONE_NUMBER` (nothing to fill in; members kept as written).
    PhoneNumber(Extra),
    /// `FLOW`.
    Flow(FlowButton),
    /// `COPY_CODE`.
    CopyCode(CopyCodeButton),
    /// `CATALOG`.
    Catalog(CatalogButton),
    /// `MULTI_PRODUCT`.
    MultiProduct(MultiProductButton),
}

/// QUICK_REPLY button.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct QuickReplyButton {
    /// Data sent back when tapped.
    pub postback_data: String,
    /// Members the model does not know, kept for a lossless round trip.
    #[serde(flatten)]
    pub extra: Extra,
}

/// OPEN_URL button: the end of the template's URL.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct UrlSuffixButton {
    /// Appended to the template's URL.
    pub suffix: String,
    /// Members the model does not know, kept for a lossless round trip.
    #[serde(flatten)]
    pub extra: Extra,
}

/// FLOW button.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FlowButton {
    /// Flow token.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token: Option<String>,
    /// Data for the flow: members of your choice, of any JSON type.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data: Option<Extra>,
    /// Members the model does not know, kept for a lossless round trip.
    #[serde(flatten)]
    pub extra: Extra,
}

/// COPY_CODE button.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CopyCodeButton {
    /// The code copied.
    pub code: String,
    /// Members the model does not know, kept for a lossless round trip.
    #[serde(flatten)]
    pub extra: Extra,
}

/// CATALOG button.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CatalogButton {
    /// Product shown first.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product_id: Option<String>,
    /// Members the model does not know, kept for a lossless round trip.
    #[serde(flatten)]
    pub extra: Extra,
}

/// MULTI_PRODUCT button.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MultiProductButton {
    /// Product shown first.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product_id: Option<String>,
    /// Product sections.
    pub sections: Vec<ProductSection>,
    /// Members the model does not know, kept for a lossless round trip.
    #[serde(flatten)]
    pub extra: Extra,
}

/// A MULTI_PRODUCT button's section.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ProductSection {
    /// Section title.
    pub title: String,
    /// Products of the section.
    pub product_ids: Vec<String>,
    /// Members the model does not know, kept for a lossless round trip.
    #[serde(flatten)]
    pub extra: Extra,
}

/// `failover[]` of a template message (schema `MessagesApiTemplateFailover`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TemplateFailover {
    /// The channel (`WHATSAPP`, `VIBER_BM`, ...; open).
    pub channel: String,
    /// The sender on that channel.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sender: Option<String>,
    /// The template registered on that channel.
    pub template: MessagesApiTemplate,
    /// What fills it in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content: Option<TemplateContent>,
    /// How long this step tries.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub validity_period: Option<ValidityPeriod>,
    /// Members the model does not know, kept for a lossless round trip.
    #[serde(flatten)]
    pub extra: Extra,
}

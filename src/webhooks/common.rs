//! Members shared by several webhooks: price, conversation, status, error and the open
//! enums.

use super::{nullable, open_enum, Extra};
use serde::{Deserialize, Serialize};
use serde_json::Number;
use std::fmt;

open_enum! {
    /// Billing type of a message (`RcsTrafficType`, spec 6.7).
    ///
    /// ```
    /// use rcs_kit::webhooks::TrafficType;
    /// let t: TrafficType = serde_json::from_str(r#""RICH_MEDIA""#).unwrap();
    /// assert_eq!(t, TrafficType::RichMedia);
    /// let new: TrafficType = serde_json::from_str(r#""PREMIUM""#).unwrap();
    /// assert_eq!(new, TrafficType::Other("PREMIUM".into()));
    /// assert_eq!(serde_json::to_string(&new).unwrap(), r#""PREMIUM""#);
    /// ```
    TrafficType ("trafficType") {
        /// `BASIC`: text only, up to 160 UTF-8 bytes, no suggestions.
        Basic = "BASIC",
        /// `SINGLE`: media, longer text or suggestions.
        Single = "SINGLE",
        /// `RICH` (US): text billed in 160-byte segments.
        Rich = "RICH",
        /// `RICH_MEDIA` (US): media or rich actions.
        RichMedia = "RICH_MEDIA",
        /// `A2P_CONVERSATION`: a conversation started by the business.
        A2pConversation = "A2P_CONVERSATION",
        /// `P2A_CONVERSATION`: a conversation started by the user.
        P2aConversation = "P2A_CONVERSATION",
    }
}

open_enum! {
    /// Structure of an inbound message, or `EVENT` for a suggestion tap
    /// (`interactionType`; "describes the message structure, not the billing category").
    ///
    /// ```
    /// use rcs_kit::webhooks::InteractionType;
    /// assert_eq!(InteractionType::from_wire("EVENT"), InteractionType::Event);
    /// assert_eq!(InteractionType::RichMessage.as_str(), "RICH_MESSAGE");
    /// assert!(!InteractionType::from_wire("VOICE").is_known());
    /// ```
    InteractionType ("interactionType") {
        /// `BASIC_MESSAGE`.
        BasicMessage = "BASIC_MESSAGE",
        /// `SINGLE_MESSAGE`.
        SingleMessage = "SINGLE_MESSAGE",
        /// `RICH_MESSAGE`.
        RichMessage = "RICH_MESSAGE",
        /// `RICH_MEDIA_MESSAGE`.
        RichMediaMessage = "RICH_MEDIA_MESSAGE",
        /// `EVENT`: the user tapped a suggestion.
        Event = "EVENT",
    }
}

open_enum! {
    /// The channel a message went out on (`channel` of a delivery report; present only
    /// when a failover was defined).
    ///
    /// ```
    /// use rcs_kit::webhooks::Channel;
    /// assert_eq!(Channel::KNOWN, ["RCS", "SMS", "MMS"]);
    /// assert_eq!(Channel::from_wire("SMS"), Channel::Sms);
    /// ```
    Channel ("channel") {
        /// `RCS`.
        Rcs = "RCS",
        /// `SMS` (SMS failover).
        Sms = "SMS",
        /// `MMS` (MMS failover).
        Mms = "MMS",
    }
}

open_enum! {
    /// Status group of a delivery report (`status.groupName`, `MessageGeneralStatus`).
    ///
    /// ```
    /// use rcs_kit::webhooks::GeneralStatus;
    /// assert_eq!(GeneralStatus::from_wire("DELIVERED"), GeneralStatus::Delivered);
    /// ```
    GeneralStatus ("status groupName") {
        /// `ACCEPTED`.
        Accepted = "ACCEPTED",
        /// `PENDING`.
        Pending = "PENDING",
        /// `UNDELIVERABLE`.
        Undeliverable = "UNDELIVERABLE",
        /// `DELIVERED`.
        Delivered = "DELIVERED",
        /// `EXPIRED`.
        Expired = "EXPIRED",
        /// `REJECTED`.
        Rejected = "REJECTED",
    }
}

open_enum! {
    /// Error group of a delivery report (`error.groupName`, `MessageErrorGroup`).
    ///
    /// ```
    /// use rcs_kit::webhooks::ErrorGroup;
    /// assert_eq!(ErrorGroup::from_wire("OK"), ErrorGroup::Ok);
    /// assert_eq!(ErrorGroup::HandsetErrors.to_string(), "HANDSET_ERRORS");
    /// ```
    ErrorGroup ("error groupName") {
        /// `OK`: no error.
        Ok = "OK",
        /// `HANDSET_ERRORS`.
        HandsetErrors = "HANDSET_ERRORS",
        /// `USER_ERRORS`.
        UserErrors = "USER_ERRORS",
        /// `OPERATOR_ERRORS`.
        OperatorErrors = "OPERATOR_ERRORS",
    }
}

/// What a message cost (`price`).
///
/// `trafficType` is `null` for messages that are not charged; that `null` is kept
/// (`Some(None)`).
///
/// ```
/// use rcs_kit::webhooks::{Price, TrafficType};
/// let p: Price = serde_json::from_str(
///     r#"{"trafficType":"SINGLE","pricePerMessage":0.23,"currency":"EUR"}"#).unwrap();
/// assert_eq!(p.traffic_type, Some(Some(TrafficType::Single)));
/// assert_eq!(p.price_per_message.as_ref().and_then(|n| n.as_f64()), Some(0.23));
/// let free: Price = serde_json::from_str(r#"{"trafficType":null}"#).unwrap();
/// assert_eq!(free.traffic_type, Some(None));
/// assert_eq!(serde_json::to_string(&free).unwrap(), r#"{"trafficType":null}"#);
/// ```
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Price {
    /// Billing type: absent (`None`), `null` (`Some(None)`, not charged), or a value.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "nullable")]
    pub traffic_type: Option<Option<TrafficType>>,
    /// Price of one message, as written (`0` stays `0`, `0.0` stays `0.0`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub price_per_message: Option<Number>,
    /// Currency code, e.g. `EUR`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    /// Members the model does not know, kept for a lossless round trip.
    #[serde(flatten)]
    pub extra: Extra,
}

/// The conversation a message belongs to (`conversation` of MO messages, MO events and
/// delivery reports).
///
/// ```
/// use rcs_kit::webhooks::Conversation;
/// let c: Conversation = serde_json::from_str(r#"{"canInitiate":false,"id":"conv-xyz789"}"#).unwrap();
/// assert!(!c.can_initiate);
/// assert_eq!(c.id.as_deref(), Some("conv-xyz789"));
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Conversation {
    /// Whether the business may start a conversation now.
    pub can_initiate: bool,
    /// Conversation id.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Members the model does not know, kept for a lossless round trip.
    #[serde(flatten)]
    pub extra: Extra,
}

/// Status of a delivery report (`status`).
///
/// ```
/// use rcs_kit::webhooks::{GeneralStatus, Status};
/// let s: Status = serde_json::from_str(r#"{"groupId":3,"groupName":"DELIVERED","id":5,
///     "name":"DELIVERED_TO_HANDSET","description":"Message delivered to handset"}"#).unwrap();
/// assert_eq!(s.group_name, Some(GeneralStatus::Delivered));
/// assert_eq!(s.name.as_deref(), Some("DELIVERED_TO_HANDSET"));
/// ```
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Status {
    /// Status group id.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group_id: Option<i64>,
    /// Status group.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group_name: Option<GeneralStatus>,
    /// Status id.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    /// Status name, e.g. `DELIVERED_TO_HANDSET`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// For a person.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// What to do about it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub action: Option<String>,
    /// Members the model does not know, kept for a lossless round trip.
    #[serde(flatten)]
    pub extra: Extra,
}

/// Error of a delivery report (`error`, `MessageError`); group `OK` / id 0 means none.
///
/// ```
/// use rcs_kit::webhooks::{ErrorGroup, MessageError};
/// let e: MessageError = serde_json::from_str(r#"{"groupId":0,"groupName":"OK","id":0,
///     "name":"NO_ERROR","description":"No Error","permanent":false}"#).unwrap();
/// assert!(!e.is_error());
/// assert_eq!(e.group_name, Some(ErrorGroup::Ok));
/// ```
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MessageError {
    /// Error group id.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group_id: Option<i64>,
    /// Error group.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group_name: Option<ErrorGroup>,
    /// Error id.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    /// Error name, e.g. `EC_ABSENT_SUBSCRIBER`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// For a person.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Whether retrying cannot help.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub permanent: Option<bool>,
    /// Members the model does not know, kept for a lossless round trip.
    #[serde(flatten)]
    pub extra: Extra,
}

impl MessageError {
    /// True unless the group is `OK` or the id is 0.
    pub fn is_error(&self) -> bool {
        !(self.group_name == Some(ErrorGroup::Ok) || self.id == Some(0))
    }
}

impl fmt::Display for MessageError {
    /// `NAME (GROUP, permanent)`, with what is known.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name.as_deref().unwrap_or("error"))?;
        match (&self.group_name, self.permanent) {
            (Some(g), Some(true)) => write!(f, " ({g}, permanent)"),
            (Some(g), _) => write!(f, " ({g})"),
            (None, Some(true)) => f.write_str(" (permanent)"),
            (None, _) => Ok(()),
        }
    }
}

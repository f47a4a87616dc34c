//! Delivery reports (spec 6.4) and seen reports (6.5).

use super::{Channel, Conversation, Extra, InteractionType, MessageError, Platform, Price, Status};
use serde::{Deserialize, Serialize};

/// A batch of delivery reports (`RcsWebhookDeliveryReports`, spec 6.4). The pull API
/// `GET /rcs/2/reports` answers with the same shape (without `conversation`,
/// `interactionType` and `channel`).
///
/// ```
/// use rcs_kit::webhooks::*;
/// let batch: DeliveryReports = serde_json::from_str(r#"{"results":[{
///   "bulkId":"b1","messageId":"m1","to":"441134960001","sender":"DemoSender",
///   "sentAt":"2024-06-14T09:12:00.000+0000","doneAt":"2024-06-14T09:12:03.000+0000",
///   "messageCount":1,"status":{"groupId":3,"groupName":"DELIVERED","id":5,"name":"DELIVERED_TO_HANDSET"},
///   "price":{"trafficType":"RICH","pricePerMessage":0.01,"currency":"USD"},"channel":"RCS"}]}"#).unwrap();
/// let r = &batch.results[0];
/// assert_eq!(r.status.as_ref().and_then(|s| s.group_name.clone()), Some(GeneralStatus::Delivered));
/// assert_eq!(r.channel, Some(Channel::Rcs));
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DeliveryReports {
    /// The reports.
    pub results: Vec<DeliveryReport>,
    /// Members the model does not know, kept for a lossless round trip.
    #[serde(flatten)]
    pub extra: Extra,
}

/// One delivery report (`RcsWebhookDeliveryReport`). The spec marks no member required.
///
/// ```
/// use rcs_kit::webhooks::*;
/// let r: DeliveryReport = serde_json::from_str(r#"{"messageId":"m1","to":"441134960001",
///   "status":{"groupName":"UNDELIVERABLE","name":"UNDELIVERABLE_NOT_DELIVERED"},
///   "error":{"groupName":"HANDSET_ERRORS","id":27,"name":"EC_ABSENT_SUBSCRIBER","permanent":false},
///   "channel":"FAX"}"#).unwrap();
/// assert_eq!(r.error.as_ref().map(MessageError::is_error), Some(true));
/// assert_eq!(r.channel, Some(Channel::Other("FAX".into())));
/// ```
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DeliveryReport {
    /// Bulk id of the request.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bulk_id: Option<String>,
    /// Id of the message.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message_id: Option<String>,
    /// The destination.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub to: Option<String>,
    /// Your sender.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sender: Option<String>,
    /// When it was sent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sent_at: Option<String>,
    /// When the final status was reached.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub done_at: Option<String>,
    /// Number of segments billed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message_count: Option<u32>,
    /// Mobile country and network code of the destination.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mcc_mnc: Option<String>,
    /// Your `webhooks.callbackData`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub callback_data: Option<String>,
    /// Your campaign reference.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub campaign_reference_id: Option<String>,
    /// Platform (CPaaS X) identifiers.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub platform: Option<Platform>,
    /// Delivery status.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<Status>,
    /// Error, if any (group `OK` when none).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<MessageError>,
    /// What it cost, with the billing type.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub price: Option<Price>,
    /// The conversation it belongs to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub conversation: Option<Conversation>,
    /// Structure of the message.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub interaction_type: Option<InteractionType>,
    /// `RCS`, `SMS` or `MMS`: present only when a failover was defined.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub channel: Option<Channel>,
    /// Members the model does not know, kept for a lossless round trip.
    #[serde(flatten)]
    pub extra: Extra,
}

/// A batch of seen reports (`RcsSeenReports`, spec 6.5).
///
/// ```
/// use rcs_kit::webhooks::SeenReports;
/// let batch: SeenReports = serde_json::from_str(r#"{"results":[{"messageId":"m1",
///   "from":"DemoSender","to":"441134960001","sentAt":"2019-08-24T14:15:22Z",
///   "seenAt":"2019-08-24T14:16:02Z"}]}"#).unwrap();
/// assert_eq!(batch.results[0].seen_at.as_deref(), Some("2019-08-24T14:16:02Z"));
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SeenReports {
    /// The reports.
    pub results: Vec<SeenReport>,
    /// Members the model does not know, kept for a lossless round trip.
    #[serde(flatten)]
    pub extra: Extra,
}

/// One seen report: the user `to` opened message `messageId`. The spec marks no member
/// required.
///
/// ```
/// use rcs_kit::webhooks::SeenReport;
/// let r: SeenReport = serde_json::from_str(r#"{"messageId":"m1","campaignReferenceId":"c1"}"#).unwrap();
/// assert_eq!(r.campaign_reference_id.as_deref(), Some("c1"));
/// ```
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SeenReport {
    /// Id of the message seen.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message_id: Option<String>,
    /// Your sender.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
    /// The user's phone number.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub to: Option<String>,
    /// When it was sent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sent_at: Option<String>,
    /// When the user saw it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub seen_at: Option<String>,
    /// Platform application id.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub application_id: Option<String>,
    /// Platform entity id.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub entity_id: Option<String>,
    /// Your campaign reference.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub campaign_reference_id: Option<String>,
    /// Members the model does not know, kept for a lossless round trip.
    #[serde(flatten)]
    pub extra: Extra,
}

//! Delivery and seen reports of a message.

use super::Extra;
use serde::{Deserialize, Serialize};

/// `messages[].webhooks` (schema `Webhooks`): where and how reports about the message
/// are sent.
///
/// ```
/// use rcs_kit::model::*;
/// let w = Webhooks {
///     content_type: Some(WebhookContentType::Json),
///     callback_data: Some("order-42".into()),
///     seen: Some(SeenWebhook::new("https://example.com/seen")),
///     ..Webhooks::delivery_to("https://example.com/dlr")
/// };
/// assert_eq!(
///     serde_json::to_value(&w).unwrap(),
///     serde_json::json!({"delivery": {"url": "https://example.com/dlr"},
///                        "contentType": "application/json", "callbackData": "order-42",
///                        "seen": {"url": "https://example.com/seen"}})
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Webhooks {
    /// Delivery reports.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub delivery: Option<DeliveryWebhook>,
    /// Content type of the report calls.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub content_type: Option<WebhookContentType>,
    /// Your data, echoed in reports, up to 4,000 characters.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub callback_data: Option<String>,
    /// Seen reports.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub seen: Option<SeenWebhook>,
    /// Members the model does not know (fields the API may add), kept for a lossless
    /// round trip.
    #[serde(flatten)]
    pub extra: Extra,
}

impl Webhooks {
    /// Only a delivery report URL.
    pub fn delivery_to(url: impl Into<String>) -> Self {
        Webhooks {
            delivery: Some(DeliveryWebhook::new(url)),
            ..Webhooks::default()
        }
    }
}

/// `webhooks.delivery` (schema `DeliveryWebhook`).
///
/// ```
/// use rcs_kit::model::DeliveryWebhook;
/// let d = DeliveryWebhook { intermediate_report: Some(true), ..DeliveryWebhook::new("https://example.com/dlr") };
/// assert_eq!(
///     serde_json::to_value(&d).unwrap(),
///     serde_json::json!({"url": "https://example.com/dlr", "intermediateReport": true})
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DeliveryWebhook {
    /// Delivery report URL; your subscription settings apply when absent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Send intermediate reports too.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub intermediate_report: Option<bool>,
    /// `false`: send no delivery report at all.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub notify: Option<bool>,
    /// Also report the failover messages.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub receive_triggered_failover_reports: Option<bool>,
    /// Members the model does not know (fields the API may add), kept for a lossless
    /// round trip.
    #[serde(flatten)]
    pub extra: Extra,
}

impl DeliveryWebhook {
    /// Reports to `url`.
    pub fn new(url: impl Into<String>) -> Self {
        DeliveryWebhook {
            url: Some(url.into()),
            ..DeliveryWebhook::default()
        }
    }
}

/// `webhooks.seen` (schema `SeenWebhook`).
///
/// ```
/// use rcs_kit::model::SeenWebhook;
/// assert_eq!(
///     serde_json::to_value(SeenWebhook::new("https://example.com/seen")).unwrap(),
///     serde_json::json!({"url": "https://example.com/seen"})
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SeenWebhook {
    /// Seen report URL.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Members the model does not know (fields the API may add), kept for a lossless
    /// round trip.
    #[serde(flatten)]
    pub extra: Extra,
}

impl SeenWebhook {
    /// Reports to `url`.
    pub fn new(url: impl Into<String>) -> Self {
        SeenWebhook {
            url: Some(url.into()),
            extra: Extra::new(),
        }
    }
}

/// Content type of report calls (schema `WebhookContentType`).
///
/// ```
/// use rcs_kit::model::WebhookContentType;
/// assert_eq!(serde_json::to_value(WebhookContentType::Json).unwrap(), "application/json");
/// assert_eq!(serde_json::to_value(WebhookContentType::Xml).unwrap(), "application/xml");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum WebhookContentType {
    /// `application/json`.
    #[serde(rename = "application/json")]
    Json,
    /// `application/xml`.
    #[serde(rename = "application/xml")]
    Xml,
}

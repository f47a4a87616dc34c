//! The capability-check requests: `POST /rcs/2/capability-check/query` (sync, 1 to 500
//! numbers) and `POST /rcs/2/capability-check/notify` (async, up to 10,000 numbers, one
//! result webhook per number). Their answers and the result webhook are in
//! [`webhooks`](crate::webhooks) ([`CapabilityQueryResponse`](crate::webhooks::CapabilityQueryResponse),
//! [`CapabilityNotifyResponse`](crate::webhooks::CapabilityNotifyResponse),
//! [`CapabilityResult`](crate::webhooks::CapabilityResult)).

use super::{Extra, Platform, WebhookContentType};
use serde::{Deserialize, Serialize};

/// `options` of a capability check (schema `CapabilityCheckOptions`).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CapabilityOptions {
    /// Platform (CPaaS X) identifiers.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub platform: Option<Platform>,
    /// Members the model does not know, kept for a lossless round trip.
    #[serde(flatten)]
    pub extra: Extra,
}

/// The body of `POST /rcs/2/capability-check/query` (schema `CapabilityCheckQuery`).
///
/// ```
/// use rcs_kit::model::CapabilityQuery;
/// use rcs_kit::{validate_value, Kind, Options};
/// let q = CapabilityQuery::new("DemoSender", ["441134960001", "441134960002"]);
/// let v = serde_json::to_value(&q).unwrap();
/// assert_eq!(v, serde_json::json!({"sender": "DemoSender",
///     "phoneNumbers": ["441134960001", "441134960002"]}));
/// let opts = Options { kind: Some(Kind::CapabilityQuery), ..Options::without_clock() };
/// assert!(validate_value(&v, &opts).is_valid());
/// ```
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CapabilityQuery {
    /// Your RCS sender (agent).
    pub sender: String,
    /// The numbers to check, 1 to 500 (Infobip recommends 1 to 10 per call).
    pub phone_numbers: Vec<String>,
    /// Platform identifiers.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub options: Option<CapabilityOptions>,
    /// Members the model does not know, kept for a lossless round trip.
    #[serde(flatten)]
    pub extra: Extra,
}

impl CapabilityQuery {
    /// A check of `numbers` for `sender`.
    pub fn new<S: Into<String>>(
        sender: impl Into<String>,
        numbers: impl IntoIterator<Item = S>,
    ) -> Self {
        CapabilityQuery {
            sender: sender.into(),
            phone_numbers: numbers.into_iter().map(Into::into).collect(),
            ..Self::default()
        }
    }
}

/// The body of `POST /rcs/2/capability-check/notify` (schema `CapabilityCheckNotify`).
///
/// ```
/// use rcs_kit::model::{CapabilityNotify, WebhookContentType};
/// let n = CapabilityNotify::new("DemoSender", ["441134960001"])
///     .notify("https://example.com/capability", WebhookContentType::Xml);
/// assert_eq!(serde_json::to_value(&n).unwrap(), serde_json::json!({"sender": "DemoSender",
///     "phoneNumbers": ["441134960001"], "notifyUrl": "https://example.com/capability",
///     "notifyContentType": "application/xml"}));
/// ```
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CapabilityNotify {
    /// Your RCS sender (agent).
    pub sender: String,
    /// The numbers to check, 1 to 10,000.
    pub phone_numbers: Vec<String>,
    /// Where each number's result is POSTed; without it, Infobip delivers the results as
    /// the Subscriptions event `CapCheck`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub notify_url: Option<String>,
    /// The results' content type (JSON when absent).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub notify_content_type: Option<WebhookContentType>,
    /// Platform identifiers.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub options: Option<CapabilityOptions>,
    /// Members the model does not know, kept for a lossless round trip.
    #[serde(flatten)]
    pub extra: Extra,
}

impl CapabilityNotify {
    /// A check of `numbers` for `sender`, with results as `CapCheck` events until
    /// [`CapabilityNotify::notify`] sets a URL.
    pub fn new<S: Into<String>>(
        sender: impl Into<String>,
        numbers: impl IntoIterator<Item = S>,
    ) -> Self {
        CapabilityNotify {
            sender: sender.into(),
            phone_numbers: numbers.into_iter().map(Into::into).collect(),
            ..Self::default()
        }
    }

    /// Results POSTed to `url` as `content_type`.
    pub fn notify(mut self, url: impl Into<String>, content_type: WebhookContentType) -> Self {
        self.notify_url = Some(url.into());
        self.notify_content_type = Some(content_type);
        self
    }
}

//! Per-message options: platform, validity, delivery window and SMS/MMS failover.
//!
//! The options object and its platform identifiers are here; validity and the delivery
//! window are in `delivery`, the failovers in `sms` and `mms`.

mod delivery;
mod mms;
mod sms;

pub use delivery::{
    DeliveryDay, DeliveryTime, DeliveryTimeWindow, ValidityPeriod, ValidityTimeUnit,
};
pub use mms::{
    MmsContent, MmsFailover, MmsLinkSegment, MmsSegment, MmsSmilSegment, MmsTextSegment,
    MmsUploadedReferenceSegment,
};
pub use sms::{
    IndiaDltOptions, IysRecipientType, RegionalOptions, SmsFailover, SouthKoreaOptions,
    TurkeyIysOptions,
};

use super::Extra;
use serde::{Deserialize, Serialize};

/// `messages[].options` (schema `MessageOptions`).
///
/// ```
/// use rcs_kit::model::*;
/// let o = MessageOptions {
///     validity_period: Some(ValidityPeriod::new(2, ValidityTimeUnit::Hours)),
///     sms_failover: Some(SmsFailover::new("Your order shipped").with_sender("InfoSMS")),
///     ..Default::default()
/// };
/// assert_eq!(
///     serde_json::to_value(&o).unwrap(),
///     serde_json::json!({"validityPeriod": {"amount": 2, "timeUnit": "HOURS"},
///                        "smsFailover": {"sender": "InfoSMS", "text": "Your order shipped"}})
/// );
/// assert_eq!(serde_json::to_value(MessageOptions::default()).unwrap(), serde_json::json!({}));
/// ```
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MessageOptions {
    /// Platform (CPaaS X) identifiers.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub platform: Option<Platform>,
    /// How long delivery is tried; over 48 hours is clamped to 48 hours.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub validity_period: Option<ValidityPeriod>,
    /// Days and hours (UTC) in which delivery may happen.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub delivery_time_window: Option<DeliveryTimeWindow>,
    /// Your campaign reference, echoed in reports.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub campaign_reference_id: Option<String>,
    /// SMS sent when the RCS message cannot be delivered; not together with
    /// `mms_failover`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sms_failover: Option<SmsFailover>,
    /// MMS sent when the RCS message cannot be delivered; not together with
    /// `sms_failover`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mms_failover: Option<MmsFailover>,
    /// Members the model does not know (fields the API may add), kept for a lossless
    /// round trip.
    #[serde(flatten)]
    pub extra: Extra,
}

/// Platform (CPaaS X) identifiers (schema `Platform`), used by messages and events.
///
/// ```
/// use rcs_kit::model::Platform;
/// assert_eq!(
///     serde_json::to_value(Platform::new("entity-1", "app-1")).unwrap(),
///     serde_json::json!({"entityId": "entity-1", "applicationId": "app-1"})
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Platform {
    /// Entity id, up to 255 characters.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub entity_id: Option<String>,
    /// Application id, up to 255 characters.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub application_id: Option<String>,
    /// Members the model does not know (fields the API may add), kept for a lossless
    /// round trip.
    #[serde(flatten)]
    pub extra: Extra,
}

impl Platform {
    /// Both identifiers.
    pub fn new(entity_id: impl Into<String>, application_id: impl Into<String>) -> Self {
        Platform {
            entity_id: Some(entity_id.into()),
            application_id: Some(application_id.into()),
            extra: Extra::new(),
        }
    }
}

/// Unit of a sending speed limit (schema `SpeedLimitTimeUnit`).
///
/// ```
/// assert_eq!(serde_json::to_value(rcs_kit::model::SpeedLimitTimeUnit::Day).unwrap(), "DAY");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum SpeedLimitTimeUnit {
    /// `MINUTE`.
    Minute,
    /// `HOUR`.
    Hour,
    /// `DAY`.
    Day,
}

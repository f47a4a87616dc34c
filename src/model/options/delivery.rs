//! When delivery is tried: the validity period and the delivery time window.

use crate::model::Extra;
use serde::{Deserialize, Serialize};

/// How long delivery is tried (schema `ValidityPeriod`).
///
/// ```
/// use rcs_kit::model::*;
/// assert_eq!(
///     serde_json::to_value(ValidityPeriod::new(15, ValidityTimeUnit::Minutes)).unwrap(),
///     serde_json::json!({"amount": 15, "timeUnit": "MINUTES"})
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ValidityPeriod {
    /// Amount of time units.
    #[serde(deserialize_with = "crate::model::whole::int")]
    pub amount: i64,
    /// The time unit; `MINUTES` when absent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub time_unit: Option<ValidityTimeUnit>,
    /// Members the model does not know (fields the API may add), kept for a lossless
    /// round trip.
    #[serde(flatten)]
    pub extra: Extra,
}

impl ValidityPeriod {
    /// `amount` of `unit`.
    pub fn new(amount: i64, unit: ValidityTimeUnit) -> Self {
        ValidityPeriod {
            amount,
            time_unit: Some(unit),
            extra: Extra::new(),
        }
    }
}

/// Unit of a validity period (schema `ValidityPeriodTimeUnit`).
///
/// ```
/// use rcs_kit::model::ValidityTimeUnit;
/// assert_eq!(serde_json::to_value(ValidityTimeUnit::Seconds).unwrap(), "SECONDS");
/// assert_eq!(ValidityTimeUnit::default(), ValidityTimeUnit::Minutes);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum ValidityTimeUnit {
    /// `SECONDS`.
    Seconds,
    /// `MINUTES` (the API's default).
    #[default]
    Minutes,
    /// `HOURS`.
    Hours,
}

/// Days and hours (UTC) in which delivery may happen (schema `DeliveryTimeWindow`).
///
/// ```
/// use rcs_kit::model::*;
/// let w = DeliveryTimeWindow::between(DeliveryDay::WORKDAYS.to_vec(), DeliveryTime::new(9, 0), DeliveryTime::new(17, 30));
/// assert_eq!(
///     serde_json::to_value(&w).unwrap(),
///     serde_json::json!({"days": ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"],
///                        "from": {"hour": 9, "minute": 0}, "to": {"hour": 17, "minute": 30}})
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DeliveryTimeWindow {
    /// The days, at least one.
    pub days: Vec<DeliveryDay>,
    /// Start of the window; `from` and `to` both or neither, at least 1 hour apart.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub from: Option<DeliveryTime>,
    /// End of the window; `from` and `to` both or neither, at least 1 hour apart.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub to: Option<DeliveryTime>,
    /// Members the model does not know (fields the API may add), kept for a lossless
    /// round trip.
    #[serde(flatten)]
    pub extra: Extra,
}

impl DeliveryTimeWindow {
    /// Any time of these days.
    pub fn days(days: Vec<DeliveryDay>) -> Self {
        DeliveryTimeWindow {
            days,
            from: None,
            to: None,
            extra: Extra::new(),
        }
    }

    /// These days, from `from` to `to` (UTC).
    pub fn between(days: Vec<DeliveryDay>, from: DeliveryTime, to: DeliveryTime) -> Self {
        DeliveryTimeWindow {
            from: Some(from),
            to: Some(to),
            ..DeliveryTimeWindow::days(days)
        }
    }
}

/// A day of a delivery time window (schema `DeliveryDay`).
///
/// ```
/// use rcs_kit::model::DeliveryDay;
/// assert_eq!(serde_json::to_value(DeliveryDay::Saturday).unwrap(), "SATURDAY");
/// assert_eq!(DeliveryDay::ALL.len(), 7);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum DeliveryDay {
    /// `MONDAY`.
    Monday,
    /// `TUESDAY`.
    Tuesday,
    /// `WEDNESDAY`.
    Wednesday,
    /// `THURSDAY`.
    Thursday,
    /// `FRIDAY`.
    Friday,
    /// `SATURDAY`.
    Saturday,
    /// `SUNDAY`.
    Sunday,
}

impl DeliveryDay {
    /// Monday to Friday.
    pub const WORKDAYS: [DeliveryDay; 5] = [
        DeliveryDay::Monday,
        DeliveryDay::Tuesday,
        DeliveryDay::Wednesday,
        DeliveryDay::Thursday,
        DeliveryDay::Friday,
    ];

    /// Every day of the week.
    pub const ALL: [DeliveryDay; 7] = [
        DeliveryDay::Monday,
        DeliveryDay::Tuesday,
        DeliveryDay::Wednesday,
        DeliveryDay::Thursday,
        DeliveryDay::Friday,
        DeliveryDay::Saturday,
        DeliveryDay::Sunday,
    ];
}

/// A time of day in UTC (schema `DeliveryTime`).
///
/// ```
/// use rcs_kit::model::DeliveryTime;
/// assert_eq!(serde_json::to_value(DeliveryTime::new(9, 30)).unwrap(), serde_json::json!({"hour": 9, "minute": 30}));
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DeliveryTime {
    /// Hour, 0 to 23.
    #[serde(deserialize_with = "crate::model::whole::int")]
    pub hour: i64,
    /// Minute, 0 to 59.
    #[serde(deserialize_with = "crate::model::whole::int")]
    pub minute: i64,
    /// Members the model does not know (fields the API may add), kept for a lossless
    /// round trip.
    #[serde(flatten)]
    pub extra: Extra,
}

impl DeliveryTime {
    /// `hour`:`minute` UTC.
    pub fn new(hour: i64, minute: i64) -> Self {
        DeliveryTime {
            hour,
            minute,
            extra: Extra::new(),
        }
    }
}

//! SMS failover and its country-specific options (India DLT, Turkey IYS, South Korea).

use super::ValidityPeriod;
use crate::model::Extra;
use serde::{Deserialize, Serialize};

/// SMS sent when the RCS message cannot be delivered (schema `SmsFailover`).
///
/// ```
/// use rcs_kit::model::*;
/// let f = SmsFailover::new("Your code is 1234")
///     .with_sender("InfoSMS")
///     .with_validity(ValidityPeriod::new(10, ValidityTimeUnit::Minutes))
///     .with_regional(RegionalOptions {
///         india_dlt: Some(IndiaDltOptions::new("1201159143170000000")),
///         ..Default::default()
///     });
/// assert_eq!(
///     serde_json::to_value(&f).unwrap(),
///     serde_json::json!({"sender": "InfoSMS", "text": "Your code is 1234",
///                        "validityPeriod": {"amount": 10, "timeUnit": "MINUTES"},
///                        "regional": {"indiaDlt": {"principalEntityId": "1201159143170000000"}}})
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SmsFailover {
    /// SMS sender id.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sender: Option<String>,
    /// The SMS text.
    pub text: String,
    /// Validity of the SMS.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub validity_period: Option<ValidityPeriod>,
    /// Country-specific options.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub regional: Option<RegionalOptions>,
    /// Members the model does not know (fields the API may add), kept for a lossless
    /// round trip.
    #[serde(flatten)]
    pub extra: Extra,
}

impl SmsFailover {
    /// An SMS with this text, from the default sender.
    pub fn new(text: impl Into<String>) -> Self {
        SmsFailover {
            sender: None,
            text: text.into(),
            validity_period: None,
            regional: None,
            extra: Extra::new(),
        }
    }

    /// Sets the SMS sender id.
    pub fn with_sender(mut self, sender: impl Into<String>) -> Self {
        self.sender = Some(sender.into());
        self
    }

    /// Sets the validity of the SMS.
    pub fn with_validity(mut self, validity: ValidityPeriod) -> Self {
        self.validity_period = Some(validity);
        self
    }

    /// Sets the regional options.
    pub fn with_regional(mut self, regional: RegionalOptions) -> Self {
        self.regional = Some(regional);
        self
    }
}

/// Country-specific options of the failover SMS (schema `RegionalOptions`).
///
/// ```
/// use rcs_kit::model::*;
/// let r = RegionalOptions {
///     turkey_iys: Some(TurkeyIysOptions::new(IysRecipientType::Bireysel)),
///     south_korea: Some(SouthKoreaOptions { reseller_code: Some(7), ..Default::default() }),
///     ..Default::default()
/// };
/// assert_eq!(
///     serde_json::to_value(&r).unwrap(),
///     serde_json::json!({"turkeyIys": {"recipientType": "BIREYSEL"}, "southKorea": {"resellerCode": 7}})
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RegionalOptions {
    /// India DLT registration.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub india_dlt: Option<IndiaDltOptions>,
    /// Turkey IYS options.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub turkey_iys: Option<TurkeyIysOptions>,
    /// South Korea options.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub south_korea: Option<SouthKoreaOptions>,
    /// Members the model does not know (fields the API may add), kept for a lossless
    /// round trip.
    #[serde(flatten)]
    pub extra: Extra,
}

/// India DLT registration of the failover SMS (schema `IndiaDltOptions`).
///
/// ```
/// use rcs_kit::model::IndiaDltOptions;
/// let d = IndiaDltOptions { content_template_id: Some("tpl".into()), ..IndiaDltOptions::new("pe") };
/// assert_eq!(
///     serde_json::to_value(&d).unwrap(),
///     serde_json::json!({"contentTemplateId": "tpl", "principalEntityId": "pe"})
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct IndiaDltOptions {
    /// Registered content template.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub content_template_id: Option<String>,
    /// Principal entity.
    pub principal_entity_id: String,
    /// Telemarketer.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub telemarketer_id: Option<String>,
    /// Members the model does not know (fields the API may add), kept for a lossless
    /// round trip.
    #[serde(flatten)]
    pub extra: Extra,
}

impl IndiaDltOptions {
    /// Only the principal entity.
    pub fn new(principal_entity_id: impl Into<String>) -> Self {
        IndiaDltOptions {
            content_template_id: None,
            principal_entity_id: principal_entity_id.into(),
            telemarketer_id: None,
            extra: Extra::new(),
        }
    }
}

/// Turkey IYS options of the failover SMS (schema `TurkeyIysOptions`).
///
/// ```
/// use rcs_kit::model::*;
/// let t = TurkeyIysOptions { brand_code: Some(123456), ..TurkeyIysOptions::new(IysRecipientType::Tacir) };
/// assert_eq!(
///     serde_json::to_value(&t).unwrap(),
///     serde_json::json!({"brandCode": 123456, "recipientType": "TACIR"})
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TurkeyIysOptions {
    /// IYS brand code.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::model::whole::option"
    )]
    pub brand_code: Option<i64>,
    /// Kind of recipient.
    pub recipient_type: IysRecipientType,
    /// Members the model does not know (fields the API may add), kept for a lossless
    /// round trip.
    #[serde(flatten)]
    pub extra: Extra,
}

impl TurkeyIysOptions {
    /// Only the recipient type.
    pub fn new(recipient_type: IysRecipientType) -> Self {
        TurkeyIysOptions {
            brand_code: None,
            recipient_type,
            extra: Extra::new(),
        }
    }
}

/// Turkish IYS recipient type (schema `IysRecipientType`).
///
/// ```
/// assert_eq!(serde_json::to_value(rcs_kit::model::IysRecipientType::Tacir).unwrap(), "TACIR");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum IysRecipientType {
    /// `BIREYSEL`: an individual.
    Bireysel,
    /// `TACIR`: a merchant.
    Tacir,
}

/// South Korea options of the failover SMS (schema `SouthKoreaOptions`).
///
/// ```
/// use rcs_kit::model::SouthKoreaOptions;
/// let k = SouthKoreaOptions { title: Some("Notice".into()), ..Default::default() };
/// assert_eq!(serde_json::to_value(&k).unwrap(), serde_json::json!({"title": "Notice"}));
/// ```
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SouthKoreaOptions {
    /// Title of the message.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Reseller code.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::model::whole::option"
    )]
    pub reseller_code: Option<i64>,
    /// Members the model does not know (fields the API may add), kept for a lossless
    /// round trip.
    #[serde(flatten)]
    pub extra: Extra,
}

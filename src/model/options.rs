//! Per-message options: platform, validity, delivery window and SMS/MMS failover.

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
    pub hour: i64,
    /// Minute, 0 to 59.
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
    #[serde(skip_serializing_if = "Option::is_none")]
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
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reseller_code: Option<i64>,
    /// Members the model does not know (fields the API may add), kept for a lossless
    /// round trip.
    #[serde(flatten)]
    pub extra: Extra,
}

/// MMS sent when the RCS message cannot be delivered (schema `MmsFailover`).
///
/// ```
/// use rcs_kit::model::*;
/// let f = MmsFailover::new("InfoMMS", MmsContent::new(vec![MmsSegment::text("Hello")]).with_title("Hi"));
/// assert_eq!(
///     serde_json::to_value(&f).unwrap(),
///     serde_json::json!({"sender": "InfoMMS",
///                        "content": {"title": "Hi", "messageSegments": [{"type": "TEXT", "text": "Hello"}]}})
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MmsFailover {
    /// MMS sender.
    pub sender: String,
    /// Validity of the MMS.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub validity_period: Option<ValidityPeriod>,
    /// The MMS.
    pub content: MmsContent,
    /// Members the model does not know (fields the API may add), kept for a lossless
    /// round trip.
    #[serde(flatten)]
    pub extra: Extra,
}

impl MmsFailover {
    /// An MMS from `sender`.
    pub fn new(sender: impl Into<String>, content: MmsContent) -> Self {
        MmsFailover {
            sender: sender.into(),
            validity_period: None,
            content,
            extra: Extra::new(),
        }
    }

    /// Sets the validity of the MMS.
    pub fn with_validity(mut self, validity: ValidityPeriod) -> Self {
        self.validity_period = Some(validity);
        self
    }
}

/// Content of the failover MMS (schema `MmsContent`).
///
/// ```
/// use rcs_kit::model::*;
/// let c = MmsContent::new(vec![]).with_segment(MmsSegment::link("https://x.example/a.jpg"));
/// assert_eq!(
///     serde_json::to_value(&c).unwrap(),
///     serde_json::json!({"messageSegments": [{"type": "LINK", "contentUrl": "https://x.example/a.jpg"}]})
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MmsContent {
    /// MMS subject.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Parts of the MMS, at least one.
    pub message_segments: Vec<MmsSegment>,
    /// Members the model does not know (fields the API may add), kept for a lossless
    /// round trip.
    #[serde(flatten)]
    pub extra: Extra,
}

impl MmsContent {
    /// An MMS of these parts, without subject.
    pub fn new(message_segments: Vec<MmsSegment>) -> Self {
        MmsContent {
            title: None,
            message_segments,
            extra: Extra::new(),
        }
    }

    /// Sets the subject.
    pub fn with_title(mut self, title: impl Into<String>) -> Self {
        self.title = Some(title.into());
        self
    }

    /// Appends a part.
    pub fn with_segment(mut self, segment: MmsSegment) -> Self {
        self.message_segments.push(segment);
        self
    }
}

/// A part of an MMS, selected by its `type` member (schema `MmsSegment`).
///
/// ```
/// use rcs_kit::model::*;
/// let parts = [
///     MmsSegment::text("Hi"),
///     MmsSegment::link("https://x.example/a.jpg"),
///     MmsSegment::smil("application/smil", "<smil/>"),
///     MmsSegment::uploaded_reference("upload-1"),
/// ];
/// let types: Vec<_> = parts.iter()
///     .map(|s| serde_json::to_value(s).unwrap()["type"].as_str().unwrap().to_owned())
///     .collect();
/// assert_eq!(types, ["TEXT", "LINK", "SMIL", "UPLOADED_REFERENCE"]);
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "SCREAMING_SNAKE_CASE")]
pub enum MmsSegment {
    /// `TEXT`: a text part.
    Text(MmsTextSegment),
    /// `LINK`: a file part, by URL.
    Link(MmsLinkSegment),
    /// `SMIL`: a SMIL layout part.
    Smil(MmsSmilSegment),
    /// `UPLOADED_REFERENCE`: a part uploaded to Infobip beforehand.
    UploadedReference(MmsUploadedReferenceSegment),
}

impl MmsSegment {
    /// A `TEXT` part.
    pub fn text(text: impl Into<String>) -> Self {
        MmsSegment::Text(MmsTextSegment {
            content_id: None,
            text: text.into(),
            extra: Extra::new(),
        })
    }

    /// A `LINK` part: the file at `content_url`, without content type.
    pub fn link(content_url: impl Into<String>) -> Self {
        MmsSegment::Link(MmsLinkSegment::new(content_url))
    }

    /// A `SMIL` part.
    pub fn smil(content_type: impl Into<String>, smil: impl Into<String>) -> Self {
        MmsSegment::Smil(MmsSmilSegment {
            content_id: None,
            content_type: content_type.into(),
            smil: smil.into(),
            extra: Extra::new(),
        })
    }

    /// An `UPLOADED_REFERENCE` part.
    pub fn uploaded_reference(uploaded_content_id: impl Into<String>) -> Self {
        MmsSegment::UploadedReference(MmsUploadedReferenceSegment {
            content_id: None,
            uploaded_content_id: uploaded_content_id.into(),
            extra: Extra::new(),
        })
    }

    /// Sets the part id (`contentId`), whatever the type.
    ///
    /// ```
    /// use rcs_kit::model::MmsSegment;
    /// let s = MmsSegment::text("Hi").with_content_id("part-1");
    /// assert_eq!(serde_json::to_value(&s).unwrap()["contentId"], "part-1");
    /// ```
    pub fn with_content_id(mut self, content_id: impl Into<String>) -> Self {
        let id = Some(content_id.into());
        match &mut self {
            MmsSegment::Text(s) => s.content_id = id,
            MmsSegment::Link(s) => s.content_id = id,
            MmsSegment::Smil(s) => s.content_id = id,
            MmsSegment::UploadedReference(s) => s.content_id = id,
        }
        self
    }
}

/// MMS `TEXT` part (schema `MmsTextSegment`).
///
/// ```
/// use rcs_kit::model::MmsSegment;
/// assert_eq!(serde_json::to_value(MmsSegment::text("Hi")).unwrap(), serde_json::json!({"type": "TEXT", "text": "Hi"}));
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MmsTextSegment {
    /// Part id.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub content_id: Option<String>,
    /// The text.
    pub text: String,
    /// Members the model does not know (fields the API may add), kept for a lossless
    /// round trip.
    #[serde(flatten)]
    pub extra: Extra,
}

/// MMS `LINK` part (schema `MmsLinkSegment`).
///
/// ```
/// use rcs_kit::model::*;
/// let s = MmsLinkSegment { content_type: Some("image/jpeg".into()), ..MmsLinkSegment::new("https://x.example/a.jpg") };
/// assert_eq!(
///     serde_json::to_value(MmsSegment::Link(s)).unwrap(),
///     serde_json::json!({"type": "LINK", "contentUrl": "https://x.example/a.jpg", "contentType": "image/jpeg"})
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MmsLinkSegment {
    /// Part id.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub content_id: Option<String>,
    /// URL of the file.
    pub content_url: String,
    /// MIME type of the file.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub content_type: Option<String>,
    /// Members the model does not know (fields the API may add), kept for a lossless
    /// round trip.
    #[serde(flatten)]
    pub extra: Extra,
}

impl MmsLinkSegment {
    /// The file at `content_url`.
    pub fn new(content_url: impl Into<String>) -> Self {
        MmsLinkSegment {
            content_id: None,
            content_url: content_url.into(),
            content_type: None,
            extra: Extra::new(),
        }
    }
}

/// MMS `SMIL` part (schema `MmsSmilSegment`).
///
/// ```
/// use rcs_kit::model::MmsSegment;
/// assert_eq!(
///     serde_json::to_value(MmsSegment::smil("application/smil", "<smil/>")).unwrap(),
///     serde_json::json!({"type": "SMIL", "contentType": "application/smil", "smil": "<smil/>"})
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MmsSmilSegment {
    /// Part id.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub content_id: Option<String>,
    /// MIME type.
    pub content_type: String,
    /// The SMIL document.
    pub smil: String,
    /// Members the model does not know (fields the API may add), kept for a lossless
    /// round trip.
    #[serde(flatten)]
    pub extra: Extra,
}

/// MMS `UPLOADED_REFERENCE` part (schema `MmsUploadedReferenceSegment`).
///
/// ```
/// use rcs_kit::model::MmsSegment;
/// assert_eq!(
///     serde_json::to_value(MmsSegment::uploaded_reference("up-1")).unwrap(),
///     serde_json::json!({"type": "UPLOADED_REFERENCE", "uploadedContentId": "up-1"})
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MmsUploadedReferenceSegment {
    /// Part id.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub content_id: Option<String>,
    /// Id of the upload.
    pub uploaded_content_id: String,
    /// Members the model does not know (fields the API may add), kept for a lossless
    /// round trip.
    #[serde(flatten)]
    pub extra: Extra,
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

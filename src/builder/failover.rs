//! Builders of the SMS and MMS failover options.

use crate::model::{
    IndiaDltOptions, MmsContent, MmsFailover, MmsSegment, RegionalOptions, SmsFailover,
    SouthKoreaOptions, TurkeyIysOptions, ValidityPeriod, ValidityTimeUnit,
};

impl SmsFailover {
    /// A builder for an SMS failover with this text.
    ///
    /// ```
    /// use rcs_kit::model::*;
    /// let f = SmsFailover::builder("Hello").sender("InfoSMS").build();
    /// assert_eq!(f, SmsFailover::new("Hello").with_sender("InfoSMS"));
    /// ```
    pub fn builder(text: impl Into<String>) -> SmsFailoverBuilder {
        SmsFailoverBuilder(SmsFailover::new(text))
    }
}

/// Builds an [`SmsFailover`]. Made by [`SmsFailover::builder`]; pass it to
/// [`MessageBuilder::sms_failover`](super::MessageBuilder::sms_failover).
///
/// ```
/// use rcs_kit::model::*;
/// let f = SmsFailover::builder("Your code is 1234")
///     .sender("InfoSMS")
///     .validity(10, ValidityTimeUnit::Minutes)
///     .india_dlt(IndiaDltOptions {
///         content_template_id: Some("1107160000000000001".into()),
///         telemarketer_id: Some("1702160000000000001".into()),
///         ..IndiaDltOptions::new("1201160000000000001")
///     })
///     .turkey_iys(TurkeyIysOptions { brand_code: Some(123456), ..TurkeyIysOptions::new(IysRecipientType::Bireysel) })
///     .south_korea(SouthKoreaOptions { title: Some("Notice".into()), reseller_code: Some(42), ..Default::default() })
///     .build();
/// assert_eq!(
///     serde_json::to_value(&f).unwrap(),
///     serde_json::json!({
///         "sender": "InfoSMS",
///         "text": "Your code is 1234",
///         "validityPeriod": {"amount": 10, "timeUnit": "MINUTES"},
///         "regional": {
///             "indiaDlt": {"contentTemplateId": "1107160000000000001",
///                          "principalEntityId": "1201160000000000001",
///                          "telemarketerId": "1702160000000000001"},
///             "turkeyIys": {"brandCode": 123456, "recipientType": "BIREYSEL"},
///             "southKorea": {"title": "Notice", "resellerCode": 42}
///         }
///     })
/// );
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct SmsFailoverBuilder(SmsFailover);

impl SmsFailoverBuilder {
    /// Sets the SMS sender id.
    pub fn sender(mut self, sender: impl Into<String>) -> Self {
        self.0.sender = Some(sender.into());
        self
    }

    /// Sets the validity of the SMS.
    pub fn validity(mut self, amount: i64, unit: ValidityTimeUnit) -> Self {
        self.0.validity_period = Some(ValidityPeriod::new(amount, unit));
        self
    }

    fn regional_mut(&mut self) -> &mut RegionalOptions {
        self.0.regional.get_or_insert_with(RegionalOptions::default)
    }

    /// Sets the India DLT options.
    pub fn india_dlt(mut self, options: IndiaDltOptions) -> Self {
        self.regional_mut().india_dlt = Some(options);
        self
    }

    /// Sets the Turkey IYS options.
    pub fn turkey_iys(mut self, options: TurkeyIysOptions) -> Self {
        self.regional_mut().turkey_iys = Some(options);
        self
    }

    /// Sets the South Korea options.
    pub fn south_korea(mut self, options: SouthKoreaOptions) -> Self {
        self.regional_mut().south_korea = Some(options);
        self
    }

    /// The failover (checked when the request is built).
    pub fn build(self) -> SmsFailover {
        self.0
    }
}

impl From<SmsFailoverBuilder> for SmsFailover {
    fn from(b: SmsFailoverBuilder) -> Self {
        b.0
    }
}

impl MmsFailover {
    /// A builder for an MMS failover from `sender`.
    ///
    /// ```
    /// use rcs_kit::model::*;
    /// let f = MmsFailover::builder("InfoMMS").segment(MmsSegment::text("Hi")).build();
    /// assert_eq!(f, MmsFailover::new("InfoMMS", MmsContent::new(vec![MmsSegment::text("Hi")])));
    /// ```
    pub fn builder(sender: impl Into<String>) -> MmsFailoverBuilder {
        MmsFailoverBuilder(MmsFailover::new(sender, MmsContent::new(Vec::new())))
    }
}

/// Builds an [`MmsFailover`]. Made by [`MmsFailover::builder`]; pass it to
/// [`MessageBuilder::mms_failover`](super::MessageBuilder::mms_failover).
///
/// ```
/// use rcs_kit::model::*;
/// let f = MmsFailover::builder("InfoMMS")
///     .title("Your ticket")
///     .validity(1, ValidityTimeUnit::Hours)
///     .segment(MmsSegment::text("Show this at the gate").with_content_id("t1"))
///     .segment(MmsSegment::link("https://example.com/ticket.png"))
///     .segment(MmsSegment::smil("application/smil", "<smil><body/></smil>"))
///     .segment(MmsSegment::uploaded_reference("upload-77"))
///     .build();
/// assert_eq!(
///     serde_json::to_value(&f).unwrap(),
///     serde_json::json!({
///         "sender": "InfoMMS",
///         "validityPeriod": {"amount": 1, "timeUnit": "HOURS"},
///         "content": {"title": "Your ticket", "messageSegments": [
///             {"type": "TEXT", "contentId": "t1", "text": "Show this at the gate"},
///             {"type": "LINK", "contentUrl": "https://example.com/ticket.png"},
///             {"type": "SMIL", "contentType": "application/smil", "smil": "<smil><body/></smil>"},
///             {"type": "UPLOADED_REFERENCE", "uploadedContentId": "upload-77"}
///         ]}
///     })
/// );
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct MmsFailoverBuilder(MmsFailover);

impl MmsFailoverBuilder {
    /// Sets the MMS subject.
    pub fn title(mut self, title: impl Into<String>) -> Self {
        self.0.content.title = Some(title.into());
        self
    }

    /// Sets the validity of the MMS.
    pub fn validity(mut self, amount: i64, unit: ValidityTimeUnit) -> Self {
        self.0.validity_period = Some(ValidityPeriod::new(amount, unit));
        self
    }

    /// Appends a part (at least one is required).
    pub fn segment(mut self, segment: MmsSegment) -> Self {
        self.0.content.message_segments.push(segment);
        self
    }

    /// The failover (checked when the request is built).
    pub fn build(self) -> MmsFailover {
        self.0
    }
}

impl From<MmsFailoverBuilder> for MmsFailover {
    fn from(b: MmsFailoverBuilder) -> Self {
        b.0
    }
}

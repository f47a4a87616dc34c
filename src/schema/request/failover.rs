//! Message options: SMS and MMS failover with their regional options.

#[allow(unused_imports)]
use super::*;

/// India DLT options.
pub static INDIA_DLT: Object = Object {
    name: "IndiaDltOptions",
    doc: d("India DLT registration of the SMS."),
    fields: &[
        opt(
            "contentTemplateId",
            text(None),
            "Registered content template.",
        ),
        req("principalEntityId", text(None), "Principal entity."),
        opt("telemarketerId", text(None), "Telemarketer."),
    ],
    legacy: &[],
    rules: &[],
};
/// Turkey IYS options.
pub static TURKEY_IYS: Object = Object {
    name: "TurkeyIysOptions",
    doc: d("Turkey IYS options of the SMS."),
    fields: &[
        opt(
            "brandCode",
            Type::Integer(Some(&l::INT32)),
            "IYS brand code.",
        ),
        req(
            "recipientType",
            Type::Enum(&IYS_RECIPIENT_TYPE),
            "BIREYSEL or TACIR.",
        ),
    ],
    legacy: &[],
    rules: &[],
};
/// South Korea options.
pub static SOUTH_KOREA: Object = Object {
    name: "SouthKoreaOptions",
    doc: d("South Korea options of the SMS."),
    fields: &[
        opt("title", text(None), "Title of the message."),
        opt(
            "resellerCode",
            Type::Integer(Some(&l::INT32)),
            "Reseller code.",
        ),
    ],
    legacy: &[],
    rules: &[],
};
/// Regional SMS options.
pub static REGIONAL: Object = Object {
    name: "RegionalOptions",
    doc: d("Country-specific options of the failover SMS."),
    fields: &[
        opt("indiaDlt", Type::Object(&INDIA_DLT), "India DLT."),
        opt("turkeyIys", Type::Object(&TURKEY_IYS), "Turkey IYS."),
        opt("southKorea", Type::Object(&SOUTH_KOREA), "South Korea."),
    ],
    legacy: &[],
    rules: &[],
};

/// `options.smsFailover`.
pub static SMS_FAILOVER: Object = Object {
    name: "SmsFailover",
    doc: d("SMS sent when the RCS message cannot be delivered."),
    fields: &[
        opt("sender", text(None), "SMS sender id."),
        req("text", text(Some(&l::SMS_FAILOVER_TEXT)), "SMS text."),
        opt(
            "validityPeriod",
            Type::Object(&VALIDITY_PERIOD),
            "Validity of the SMS.",
        ),
        opt("regional", Type::Object(&REGIONAL), "Regional options."),
    ],
    legacy: &[
        Legacy {
            name: "from",
            instead: "`sender`",
        },
        Legacy {
            name: "validityPeriodTimeUnit",
            instead: "`validityPeriod: {amount, timeUnit}`",
        },
    ],
    rules: &[],
};

/// MMS TEXT segment.
pub static MMS_TEXT: Object = Object {
    name: "MmsTextSegment",
    doc: d("Text part of an MMS."),
    fields: &[
        opt("contentId", text(None), "Part id."),
        req("text", text(None), "The text."),
    ],
    legacy: &[],
    rules: &[],
};
/// MMS LINK segment.
pub static MMS_LINK: Object = Object {
    name: "MmsLinkSegment",
    doc: d("A file part of an MMS, by URL."),
    fields: &[
        opt("contentId", text(None), "Part id."),
        req(
            "contentUrl",
            formatted(
                Some(&l::URL),
                http_url(
                    "mms_segment.content_url.invalid",
                    "mms_segment.content_url.scheme",
                ),
            ),
            "URL of the file.",
        ),
        opt("contentType", text(None), "MIME type."),
    ],
    legacy: &[],
    rules: &[],
};
/// MMS SMIL segment.
pub static MMS_SMIL: Object = Object {
    name: "MmsSmilSegment",
    doc: d("A SMIL layout part of an MMS."),
    fields: &[
        opt("contentId", text(None), "Part id."),
        req("contentType", text(None), "MIME type."),
        req("smil", text(None), "The SMIL document."),
    ],
    legacy: &[],
    rules: &[],
};
/// MMS UPLOADED_REFERENCE segment.
pub static MMS_UPLOADED: Object = Object {
    name: "MmsUploadedReferenceSegment",
    doc: d("A part uploaded to Infobip beforehand."),
    fields: &[
        opt("contentId", text(None), "Part id."),
        req("uploadedContentId", text(None), "Id of the upload."),
    ],
    legacy: &[],
    rules: &[],
};
/// An MMS segment, by `type`.
pub static MMS_SEGMENT: Union = Union {
    name: "MmsSegment",
    missing: Rule::error("mms_segment.type.required", TYPE_REQUIRED, SDK),
    invalid: Rule::error("mms_segment.type.invalid", TYPE_INVALID, SDK),
    open: false,
    variants: &[
        ("TEXT", &MMS_TEXT),
        ("LINK", &MMS_LINK),
        ("SMIL", &MMS_SMIL),
        ("UPLOADED_REFERENCE", &MMS_UPLOADED),
    ],
};
pub(super) static MMS_SEGMENTS: Array = Array {
    items: Type::Union(&MMS_SEGMENT),
    count: Some(&l::MMS_SEGMENTS),
};
/// `mmsFailover.content`.
pub static MMS_CONTENT: Object = Object {
    name: "MmsContent",
    doc: d("Content of the failover MMS."),
    fields: &[
        opt("title", text(None), "MMS subject."),
        req(
            "messageSegments",
            Type::Array(&MMS_SEGMENTS),
            "Parts of the MMS, at least one.",
        ),
    ],
    legacy: &[],
    rules: &[],
};
/// `options.mmsFailover`.
pub static MMS_FAILOVER: Object = Object {
    name: "MmsFailover",
    doc: d("MMS sent when the RCS message cannot be delivered."),
    fields: &[
        req("sender", text(None), "MMS sender."),
        opt(
            "validityPeriod",
            Type::Object(&VALIDITY_PERIOD),
            "Validity of the MMS.",
        ),
        req("content", Type::Object(&MMS_CONTENT), "The MMS."),
    ],
    legacy: &[],
    rules: &[],
};

/// Per-message `options`.
pub static MESSAGE_OPTIONS: Object = Object {
    name: "MessageOptions",
    doc: d("Options of one message."),
    fields: &[
        opt("platform", Type::Object(&PLATFORM), "Platform identifiers."),
        opt(
            "validityPeriod",
            Type::Object(&VALIDITY_PERIOD),
            "Delivery validity; the API caps it (see `validity_period.too_long`).",
        ),
        opt(
            "deliveryTimeWindow",
            Type::Object(&DELIVERY_TIME_WINDOW),
            "When delivery may happen.",
        ),
        opt(
            "campaignReferenceId",
            text(None),
            "Your campaign reference.",
        ),
        opt(
            "smsFailover",
            Type::Object(&SMS_FAILOVER),
            "SMS failover; not together with mmsFailover.",
        ),
        opt(
            "mmsFailover",
            Type::Object(&MMS_FAILOVER),
            "MMS failover; not together with smsFailover.",
        ),
    ],
    legacy: &[Legacy {
        name: "validityPeriodTimeUnit",
        instead: "`validityPeriod: {amount, timeUnit}`",
    }],
    rules: &[&rules::options::FAILOVER_EXCLUSIVE_CHECK],
};

//! `POST /rcs/2/messages`: the request body, field by field.
//!
//! Sources: the spec reference `infobip-rcs-api.md`, sections 2-4 and 10.

use super::{
    d, date_time, formatted, http_url, opt, phone, req, text, Array, Field, Legacy, Object, Type,
    Union, SDK, TYPE_INVALID, TYPE_REQUIRED,
};
// The enumerations live in `crate::enums` (the rules read them too); re-exported here
// beside the objects that use them.
pub use crate::enums::{
    ALIGNMENT, APPLICATION, CARD_WIDTH, DAY, HEIGHT, IYS_RECIPIENT_TYPE, ORIENTATION,
    SPEED_TIME_UNIT, VALIDITY_TIME_UNIT, WEBHOOK_CONTENT_TYPE, WEBVIEW_VIEW_MODE,
};
use crate::limits as l;
use crate::rule::Rule;
use crate::rules;

// ---------------------------------------------------------------- shared pieces

static URL: Type = formatted(
    Some(&l::URL),
    http_url("file.url.invalid", "file.url.scheme"),
);
static WEBHOOK_URL: Type = formatted(
    Some(&l::URL),
    http_url("webhooks.url.invalid", "webhooks.url.scheme"),
);

/// `{ "url": ... }`: a file, media or thumbnail.
pub static RESOURCE: Object = Object {
    name: "Resource",
    doc: d("A file the API fetches by URL."),
    fields: &[req("url", URL, "http(s) URL of the file.")],
    legacy: &[],
    rules: &[],
};

/// `options.platform`, also used by events.
pub static PLATFORM: Object = Object {
    name: "Platform",
    doc: d("Platform (CPaaS X) identifiers."),
    fields: &[
        opt("entityId", text(Some(&l::PLATFORM_ID)), "Entity id."),
        opt(
            "applicationId",
            text(Some(&l::PLATFORM_ID)),
            "Application id.",
        ),
    ],
    legacy: &[],
    rules: &[],
};

/// `validityPeriod`.
pub static VALIDITY_PERIOD: Object = Object {
    name: "ValidityPeriod",
    doc: d("How long the API tries to deliver; it clamps longer periods (see `validity_period.too_long`)."),
    fields: &[
        req(
            "amount",
            Type::Integer(Some(&l::VALIDITY_AMOUNT)),
            "Amount of time units.",
        ),
        opt(
            "timeUnit",
            Type::Enum(&VALIDITY_TIME_UNIT),
            "SECONDS, MINUTES (default) or HOURS.",
        ),
    ],
    legacy: &[],
    rules: &[&rules::options::VALIDITY_PERIOD_CHECK],
};

/// `deliveryTimeWindow.from` / `.to`.
pub static DELIVERY_TIME: Object = Object {
    name: "DeliveryTime",
    doc: d("A time of day in UTC."),
    fields: &[
        req(
            "hour",
            Type::Integer(Some(&l::DELIVERY_HOUR)),
            "Hour of the day (UTC).",
        ),
        req(
            "minute",
            Type::Integer(Some(&l::DELIVERY_MINUTE)),
            "Minute of the hour.",
        ),
    ],
    legacy: &[],
    rules: &[],
};

static DAYS: Array = Array {
    items: Type::Enum(&DAY),
    count: Some(&l::DELIVERY_DAYS),
};

/// `options.deliveryTimeWindow`, also used by events.
pub static DELIVERY_TIME_WINDOW: Object = Object {
    name: "DeliveryTimeWindow",
    doc: d("Days and hours (UTC) in which the message may be delivered."),
    fields: &[
        req("days", Type::Array(&DAYS), "At least one day."),
        opt(
            "from",
            Type::Object(&DELIVERY_TIME),
            "Start; `from` and `to` both or neither, with the minimum span between them.",
        ),
        opt(
            "to",
            Type::Object(&DELIVERY_TIME),
            "End; `from` and `to` both or neither, with the minimum span between them.",
        ),
    ],
    legacy: &[],
    rules: &[&rules::options::DELIVERY_TIME_WINDOW_CHECK],
};

// ---------------------------------------------------------------- suggestions

const SUGGESTION_TEXT: Field = req(
    "text",
    text(Some(&l::SUGGESTION_TEXT)),
    "Text shown on the chip.",
);
const POSTBACK: Field = req(
    "postbackData",
    text(Some(&l::SUGGESTION_POSTBACK)),
    "Data sent back when tapped.",
);

/// REPLY suggestion.
pub static REPLY: Object = Object {
    name: "ReplySuggestion",
    doc: d("A chip that sends its text back to the agent."),
    fields: &[SUGGESTION_TEXT, POSTBACK],
    legacy: &[],
    rules: &[],
};
/// OPEN_URL suggestion.
pub static OPEN_URL: Object = Object {
    name: "OpenUrlSuggestion",
    doc: d("Opens a URL in the browser or a webview."),
    fields: &[
        SUGGESTION_TEXT,
        POSTBACK,
        req(
            "url",
            formatted(
                Some(&l::URL),
                http_url("suggestion.url.invalid", "suggestion.url.scheme"),
            ),
            "http(s) URL (RFC 3986).",
        ),
        opt(
            "application",
            Type::Enum(&APPLICATION),
            "BROWSER (default) or WEBVIEW.",
        ),
        opt(
            "webviewViewMode",
            Type::Enum(&WEBVIEW_VIEW_MODE),
            "FULL, HALF or TALL; required when application is WEBVIEW.",
        ),
    ],
    legacy: &[],
    rules: &[&rules::suggestion::OPEN_URL_CHECK],
};
/// DIAL_PHONE suggestion.
pub static DIAL_PHONE: Object = Object {
    name: "DialPhoneSuggestion",
    doc: d("Starts a call."),
    fields: &[
        SUGGESTION_TEXT,
        POSTBACK,
        req(
            "phoneNumber",
            formatted(
                Some(&l::SUGGESTION_PHONE),
                phone("suggestion.phone_number.invalid"),
            ),
            "Phone number: an optional '+', then digits.",
        ),
    ],
    legacy: &[],
    rules: &[],
};
/// SHOW_LOCATION suggestion.
pub static SHOW_LOCATION: Object = Object {
    name: "ShowLocationSuggestion",
    doc: d("Shows a point on a map."),
    fields: &[
        SUGGESTION_TEXT,
        POSTBACK,
        req(
            "latitude",
            Type::Number(Some(&l::LATITUDE)),
            "Latitude in degrees.",
        ),
        req(
            "longitude",
            Type::Number(Some(&l::LONGITUDE)),
            "Longitude in degrees.",
        ),
        opt("label", text(Some(&l::LOCATION_LABEL)), "Label of the pin."),
    ],
    legacy: &[],
    rules: &[],
};
/// REQUEST_LOCATION suggestion.
pub static REQUEST_LOCATION: Object = Object {
    name: "RequestLocationSuggestion",
    doc: d("Asks the user to share a location."),
    fields: &[SUGGESTION_TEXT, POSTBACK],
    legacy: &[],
    rules: &[],
};
/// CREATE_CALENDAR_EVENT suggestion.
pub static CREATE_CALENDAR_EVENT: Object = Object {
    name: "CreateCalendarEventSuggestion",
    doc: d("Adds an event to the user's calendar."),
    fields: &[
        SUGGESTION_TEXT,
        POSTBACK,
        req(
            "startTime",
            formatted(None, date_time("suggestion.start_time.invalid")),
            "Start, in the future, before endTime.",
        ),
        req(
            "endTime",
            formatted(None, date_time("suggestion.end_time.invalid")),
            "End, in the future, after startTime.",
        ),
        req("title", text(Some(&l::CALENDAR_TITLE)), "Event title."),
        opt(
            "description",
            text(Some(&l::CALENDAR_DESCRIPTION)),
            "Event description.",
        ),
    ],
    legacy: &[],
    rules: &[&rules::suggestion::CALENDAR_EVENT_CHECK],
};

/// A suggestion (chip), by `type`.
pub static SUGGESTION: Union = Union {
    name: "Suggestion",
    missing: Rule::error("suggestion.type.required", TYPE_REQUIRED, SDK),
    invalid: Rule::error("suggestion.type.invalid", TYPE_INVALID, SDK),
    open: false,
    variants: &[
        ("REPLY", &REPLY),
        ("OPEN_URL", &OPEN_URL),
        ("DIAL_PHONE", &DIAL_PHONE),
        ("SHOW_LOCATION", &SHOW_LOCATION),
        ("REQUEST_LOCATION", &REQUEST_LOCATION),
        ("CREATE_CALENDAR_EVENT", &CREATE_CALENDAR_EVENT),
    ],
};

static MESSAGE_SUGGESTIONS: Array = Array {
    items: Type::Union(&SUGGESTION),
    count: Some(&l::MESSAGE_SUGGESTIONS),
};
static CARD_SUGGESTIONS: Array = Array {
    items: Type::Union(&SUGGESTION),
    count: Some(&l::CARD_SUGGESTIONS),
};
const CHIPS: Field = opt(
    "suggestions",
    Type::Array(&MESSAGE_SUGGESTIONS),
    "Chips below the message.",
);

// ---------------------------------------------------------------- content

/// TEXT content.
pub static TEXT_CONTENT: Object = Object {
    name: "TextContent",
    doc: d("A text message."),
    fields: &[req("text", text(Some(&l::TEXT)), "The text."), CHIPS],
    legacy: &[],
    rules: &[],
};

/// FILE content.
pub static FILE_CONTENT: Object = Object {
    name: "FileContent",
    doc: d("A file (image, audio, video, PDF)."),
    fields: &[
        req("file", Type::Object(&RESOURCE), "The file."),
        opt(
            "thumbnail",
            Type::Object(&RESOURCE),
            "Thumbnail, for video files only.",
        ),
        CHIPS,
    ],
    legacy: &[],
    rules: &[&rules::content::FILE_CHECK],
};

/// Media of a card.
pub static CARD_MEDIA: Object = Object {
    name: "CardMedia",
    doc: d("Image, GIF or video of a card."),
    fields: &[
        req("file", Type::Object(&RESOURCE), "The media file."),
        opt(
            "thumbnail",
            Type::Object(&RESOURCE),
            "Thumbnail, for video media only.",
        ),
        req("height", Type::Enum(&HEIGHT), "SHORT, MEDIUM or TALL."),
    ],
    legacy: &[],
    rules: &[
        &rules::content::CARD_MEDIA_CHECK,
        &rules::advice::IOS_MEDIA_CHECK,
    ],
};

/// The inside of a card (CARD `content`, CAROUSEL `contents[]`).
pub static CARD_BODY: Object = Object {
    name: "CardContent",
    doc: d("Title, description, media and buttons of one card."),
    fields: &[
        opt("title", text(Some(&l::CARD_TITLE)), "Bold title."),
        opt(
            "description",
            text(Some(&l::CARD_DESCRIPTION)),
            "Description.",
        ),
        opt("media", Type::Object(&CARD_MEDIA), "Image or video."),
        opt(
            "suggestions",
            Type::Array(&CARD_SUGGESTIONS),
            "Buttons in the card.",
        ),
    ],
    legacy: &[],
    rules: &[&rules::content::CARD_BODY_CHECK],
};

/// CARD content.
pub static CARD_CONTENT: Object = Object {
    name: "CardMessage",
    doc: d("A standalone rich card."),
    fields: &[
        req(
            "orientation",
            Type::Enum(&ORIENTATION),
            "HORIZONTAL or VERTICAL.",
        ),
        req(
            "alignment",
            Type::Enum(&ALIGNMENT),
            "LEFT or RIGHT (required even for VERTICAL).",
        ),
        req("content", Type::Object(&CARD_BODY), "The card."),
        CHIPS,
    ],
    legacy: &[],
    rules: &[],
};

static CAROUSEL_CARDS: Array = Array {
    items: Type::Object(&CARD_BODY),
    count: Some(&l::CAROUSEL_CARDS),
};

/// CAROUSEL content.
pub static CAROUSEL_CONTENT: Object = Object {
    name: "CarouselContent",
    doc: d("Cards side by side."),
    fields: &[
        req("cardWidth", Type::Enum(&CARD_WIDTH), "SMALL or MEDIUM."),
        req("contents", Type::Array(&CAROUSEL_CARDS), "The cards, 2-10."),
        CHIPS,
    ],
    legacy: &[],
    rules: &[&rules::content::CAROUSEL_CHECK],
};

/// A template parameter.
pub static TEMPLATE_PARAMETER: Object = Object {
    name: "TemplateParameter",
    doc: d("A named value filled into a template."),
    fields: &[
        req("name", text(None), "Parameter name as registered."),
        req("value", text(None), "Its value."),
    ],
    legacy: &[],
    rules: &[],
};
static TEMPLATE_PARAMETERS: Array = Array {
    items: Type::Object(&TEMPLATE_PARAMETER),
    count: None,
};

/// PROVIDER_TEMPLATE content.
pub static TEMPLATE_CONTENT: Object = Object {
    name: "ProviderTemplateContent",
    doc: d("A template registered with the provider (India, Indonesia)."),
    fields: &[
        req(
            "templateId",
            text(Some(&l::TEMPLATE_ID)),
            "Template code as registered.",
        ),
        opt(
            "parameters",
            Type::Array(&TEMPLATE_PARAMETERS),
            "Values for the template's parameters.",
        ),
    ],
    legacy: &[],
    rules: &[],
};

/// Message content, by `type`.
pub static CONTENT: Union = Union {
    name: "Content",
    missing: Rule::error("content.type.required", TYPE_REQUIRED, SDK),
    invalid: Rule::error("content.type.invalid", TYPE_INVALID, SDK),
    open: false,
    variants: &[
        ("TEXT", &TEXT_CONTENT),
        ("FILE", &FILE_CONTENT),
        ("CARD", &CARD_CONTENT),
        ("CAROUSEL", &CAROUSEL_CONTENT),
        ("PROVIDER_TEMPLATE", &TEMPLATE_CONTENT),
    ],
};

// ---------------------------------------------------------------- failover

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
static MMS_SEGMENTS: Array = Array {
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

// ---------------------------------------------------------------- webhooks

/// `webhooks.delivery`.
pub static DELIVERY_WEBHOOK: Object = Object {
    name: "DeliveryWebhook",
    doc: d("Where and how delivery reports are sent."),
    fields: &[
        opt("url", WEBHOOK_URL, "Delivery report URL."),
        opt(
            "intermediateReport",
            Type::Bool,
            "Send intermediate reports.",
        ),
        opt("notify", Type::Bool, "Send delivery reports at all."),
        opt(
            "receiveTriggeredFailoverReports",
            Type::Bool,
            "Also report failover messages.",
        ),
    ],
    legacy: &[],
    rules: &[],
};
/// `webhooks.seen`.
pub static SEEN_WEBHOOK: Object = Object {
    name: "SeenWebhook",
    doc: d("Where seen reports are sent."),
    fields: &[opt("url", WEBHOOK_URL, "Seen report URL.")],
    legacy: &[],
    rules: &[],
};
/// `webhooks`.
pub static WEBHOOKS: Object = Object {
    name: "Webhooks",
    doc: d("Reports about this message."),
    fields: &[
        opt(
            "delivery",
            Type::Object(&DELIVERY_WEBHOOK),
            "Delivery reports.",
        ),
        opt(
            "contentType",
            Type::Enum(&WEBHOOK_CONTENT_TYPE),
            "application/json or application/xml.",
        ),
        opt(
            "callbackData",
            text(Some(&l::CALLBACK_DATA)),
            "Echoed in reports.",
        ),
        opt("seen", Type::Object(&SEEN_WEBHOOK), "Seen reports."),
    ],
    legacy: &[Legacy {
        name: "notifyUrl",
        instead: "`webhooks.delivery.url`",
    }],
    rules: &[],
};

// ---------------------------------------------------------------- message

/// `destinations[]`.
pub static DESTINATION: Object = Object {
    name: "Destination",
    doc: d("A recipient."),
    fields: &[
        req(
            "to",
            formatted(Some(&l::DESTINATION_TO), phone("destination.to.invalid")),
            "Phone number, digits (e.g. 441134960001).",
        ),
        opt(
            "messageId",
            text(Some(&l::DESTINATION_MESSAGE_ID)),
            "Your id for this message.",
        ),
    ],
    legacy: &[],
    rules: &[],
};
static DESTINATIONS: Array = Array {
    items: Type::Object(&DESTINATION),
    count: Some(&l::DESTINATIONS),
};

const MESSAGE_LEGACY: &[Legacy] = &[
    Legacy {
        name: "from",
        instead: "`sender`",
    },
    Legacy {
        name: "to",
        instead: "`destinations: [{\"to\": ...}]`",
    },
    Legacy {
        name: "messageId",
        instead: "`destinations[].messageId`",
    },
    Legacy {
        name: "notifyUrl",
        instead: "`webhooks.delivery.url`",
    },
    Legacy {
        name: "notifyContentType",
        instead: "`webhooks.contentType`",
    },
    Legacy {
        name: "callbackData",
        instead: "`webhooks.callbackData`",
    },
    Legacy {
        name: "validityPeriod",
        instead: "`options.validityPeriod: {amount, timeUnit}`",
    },
    Legacy {
        name: "validityPeriodTimeUnit",
        instead: "`options.validityPeriod.timeUnit`",
    },
    Legacy {
        name: "smsFailover",
        instead: "`options.smsFailover`",
    },
    Legacy {
        name: "message",
        instead: "`content`",
    },
];

/// `messages[]`.
pub static MESSAGE: Object = Object {
    name: "Message",
    doc: d("One message to one or more destinations."),
    fields: &[
        req("sender", text(Some(&l::SENDER)), "Your RCS sender (agent)."),
        req(
            "destinations",
            Type::Array(&DESTINATIONS),
            "Recipients, at least one.",
        ),
        req("content", Type::Union(&CONTENT), "What to send."),
        opt(
            "options",
            Type::Object(&MESSAGE_OPTIONS),
            "Validity, delivery window, failover, ...",
        ),
        opt(
            "webhooks",
            Type::Object(&WEBHOOKS),
            "Delivery and seen reports.",
        ),
    ],
    legacy: MESSAGE_LEGACY,
    rules: &[&rules::advice::SMS_FAILOVER_CHECK],
};

// ---------------------------------------------------------------- request options

/// `sendingSpeedLimit`.
pub static SENDING_SPEED_LIMIT: Object = Object {
    name: "SendingSpeedLimit",
    doc: d("At most `amount` messages per time unit."),
    fields: &[
        req(
            "amount",
            Type::Integer(Some(&l::SPEED_LIMIT_AMOUNT)),
            "Messages per time unit.",
        ),
        opt(
            "timeUnit",
            Type::Enum(&SPEED_TIME_UNIT),
            "MINUTE, HOUR or DAY.",
        ),
    ],
    legacy: &[],
    rules: &[],
};
/// `options.schedule`.
pub static SCHEDULE: Object = Object {
    name: "Schedule",
    doc: d("Bulk id, scheduled time and speed."),
    fields: &[
        opt("bulkId", text(Some(&l::BULK_ID)), "Your bulk id."),
        opt(
            "sendAt",
            formatted(None, date_time("schedule.send_at.invalid")),
            "When to send (see `schedule.send_at.too_far`).",
        ),
        opt(
            "sendingSpeedLimit",
            Type::Object(&SENDING_SPEED_LIMIT),
            "Throttle.",
        ),
    ],
    legacy: &[],
    rules: &[&rules::options::SCHEDULE_CHECK],
};
/// `options.tracking`.
pub static TRACKING: Object = Object {
    name: "Tracking",
    doc: d("URL shortening and click tracking."),
    fields: &[
        opt(
            "shortenUrl",
            Type::Bool,
            "Shorten URLs; must be true for the other options.",
        ),
        opt("trackClicks", Type::Bool, "Track clicks."),
        opt("trackingUrl", WEBHOOK_URL, "Where click reports go."),
        opt(
            "removeProtocol",
            Type::Bool,
            "Drop http(s):// from shortened URLs.",
        ),
        opt("customDomain", text(None), "A predefined short domain."),
    ],
    legacy: &[],
    rules: &[&rules::options::TRACKING_CHECK],
};
/// `options.messageOrdering`.
pub static MESSAGE_ORDERING: Object = Object {
    name: "MessageOrdering",
    doc: d("Deliver the messages of this request in order."),
    fields: &[
        opt("respectOrder", Type::Bool, "Deliver in array order."),
        opt(
            "stopOnFailure",
            Type::Bool,
            "Stop at the first failed message.",
        ),
    ],
    legacy: &[],
    rules: &[],
};
/// Request-level `options`.
pub static REQUEST_OPTIONS: Object = Object {
    name: "RequestOptions",
    doc: d("Options for the whole request."),
    fields: &[
        opt("schedule", Type::Object(&SCHEDULE), "Scheduling."),
        opt("tracking", Type::Object(&TRACKING), "URL tracking."),
        opt(
            "messageOrdering",
            Type::Object(&MESSAGE_ORDERING),
            "Ordered delivery.",
        ),
    ],
    legacy: &[
        Legacy {
            name: "platform",
            instead: "`messages[].options.platform`",
        },
        Legacy {
            name: "validityPeriod",
            instead: "`messages[].options.validityPeriod`",
        },
    ],
    rules: &[],
};

static MESSAGES: Array = Array {
    items: Type::Object(&MESSAGE),
    count: Some(&l::MESSAGES),
};

/// The body of `POST /rcs/2/messages`.
pub static REQUEST: Object = Object {
    name: "SendRequest",
    doc: d("Request body of POST /rcs/2/messages."),
    fields: &[
        req(
            "messages",
            Type::Array(&MESSAGES),
            "The messages, at least one.",
        ),
        opt(
            "options",
            Type::Object(&REQUEST_OPTIONS),
            "Scheduling, tracking, ordering.",
        ),
    ],
    legacy: &[
        Legacy {
            name: "from",
            instead: "`messages[].sender`",
        },
        Legacy {
            name: "to",
            instead: "`messages[].destinations[].to`",
        },
        Legacy {
            name: "content",
            instead: "`messages[].content`",
        },
        Legacy {
            name: "message",
            instead: "`messages[].content`",
        },
        Legacy {
            name: "messageId",
            instead: "`messages[].destinations[].messageId`",
        },
        Legacy {
            name: "notifyUrl",
            instead: "`messages[].webhooks.delivery.url`",
        },
        Legacy {
            name: "notifyContentType",
            instead: "`messages[].webhooks.contentType`",
        },
        Legacy {
            name: "callbackData",
            instead: "`messages[].webhooks.callbackData`",
        },
        Legacy {
            name: "validityPeriod",
            instead: "`messages[].options.validityPeriod`",
        },
        Legacy {
            name: "validityPeriodTimeUnit",
            instead: "`messages[].options.validityPeriod.timeUnit`",
        },
        Legacy {
            name: "smsFailover",
            instead: "`messages[].options.smsFailover`",
        },
        Legacy {
            name: "sendAt",
            instead: "`options.schedule.sendAt`",
        },
        Legacy {
            name: "bulkId",
            instead: "`options.schedule.bulkId`",
        },
        Legacy {
            name: "deliveryTimeWindow",
            instead: "`messages[].options.deliveryTimeWindow`",
        },
        Legacy {
            name: "tracking",
            instead: "`options.tracking`",
        },
    ],
    rules: &[&rules::ordering::MESSAGE_ORDERING_CHECK],
};

//! The one table of limits.
//!
//! Every number the validator enforces is written here once, with the source it comes
//! from and how sure that source is. The validator, the README's rule table, the JSON
//! Schema and the TypeScript types all read these constants; nothing else writes a limit.
//!
//! # Units
//!
//! * [`Unit::Chars`]: Unicode scalar values (what Rust's `str::chars` counts). Infobip says
//!   "characters" without defining them; scalar values are what Google RBM and the
//!   benchmark corpus count. A flag emoji is 2, an emoji with a ZWJ sequence is several.
//!   Where the UTF-16 code units (what Java's `String.length()` counts: two for most
//!   emoji) are over a limit the scalar values are within, the walk warns
//!   ([`length.utf16`](crate::rules::fields::UTF16_LENGTH), an error with `--strict`):
//!   the API may count those.
//! * [`Unit::Bytes`]: UTF-8 bytes of the JSON text (request size) or of a string
//!   (billing hints).
//! * [`Unit::Items`]: array elements.
//! * Numeric ranges ([`Unit::Degrees`], [`Unit::Hours`], [`Unit::Minutes`],
//!   [`Unit::Seconds`], [`Unit::Days`]) bound a number.
//!
//! ```
//! use rcs_kit::limits;
//! assert_eq!(limits::SUGGESTION_TEXT.max, 25);
//! let over = limits::SUGGESTION_TEXT.over.map(|rule| rule.code);
//! assert!(over.is_some_and(|code| code.starts_with("suggestion.text.")));
//! ```

use crate::rule::{self, Rule};
use serde::Serialize;

/// What a limit counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    /// Unicode scalar values of a string.
    Chars,
    /// UTF-8 bytes.
    Bytes,
    /// Elements of an array.
    Items,
    /// A latitude or longitude in degrees.
    Degrees,
    /// An integer (amount, ...).
    Number,
    /// Hours of a day.
    Hours,
    /// Seconds.
    Seconds,
    /// Minutes.
    Minutes,
    /// Days.
    Days,
}

impl Unit {
    /// The unit's stable name, as serialized and in `limits()` (`chars`, `items`, ...).
    pub const fn id(self) -> &'static str {
        match self {
            Unit::Chars => "chars",
            Unit::Bytes => "bytes",
            Unit::Items => "items",
            Unit::Degrees => "degrees",
            Unit::Number => "number",
            Unit::Hours => "hours",
            Unit::Seconds => "seconds",
            Unit::Minutes => "minutes",
            Unit::Days => "days",
        }
    }

    /// The unit as written in messages ("characters", "items", ...).
    pub const fn noun(self) -> &'static str {
        match self {
            Unit::Chars => "characters",
            Unit::Bytes => "bytes",
            Unit::Items => "items",
            Unit::Degrees => "degrees",
            Unit::Number => "",
            Unit::Hours => "hours",
            Unit::Seconds => "seconds",
            Unit::Minutes => "minutes",
            Unit::Days => "days",
        }
    }
}

/// How sure the source of a limit is (see the spec reference, section 0).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Confidence {
    /// Stated in Infobip's documentation or its OpenAPI-generated SDKs.
    Verified,
    /// From Infobip's legacy community SDKs, Google RBM or other providers; not stated
    /// for `/rcs/2` by Infobip.
    Inferred,
}

impl Confidence {
    /// `verified` or `inferred`.
    pub const fn id(self) -> &'static str {
        match self {
            Confidence::Verified => "verified",
            Confidence::Inferred => "inferred",
        }
    }
}

/// A bound on a length, a count or a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Limit {
    /// Stable identifier (`limits()` in JavaScript nests the table by its dots; empty in
    /// the WebAssembly build, which never shows it).
    pub id: &'static str,
    /// Smallest allowed value (inclusive).
    pub min: i64,
    /// Largest allowed value (inclusive).
    pub max: i64,
    /// What is counted.
    pub unit: Unit,
    /// Where the number comes from.
    pub source: &'static str,
    /// How sure that source is.
    pub confidence: Confidence,
    /// The rule broken by a value below [`Limit::min`], when the table walk checks this
    /// limit (`None` when nothing can be below it, when a cross-field rule with a code
    /// of its own reads the limit, or when the limit is the range of a type, such as
    /// [`UINT32`]: the walk then reports a value outside it as `type.mismatch`).
    #[serde(skip)]
    pub under: Option<Rule>,
    /// The rule broken by a value above [`Limit::max`], likewise.
    #[serde(skip)]
    pub over: Option<Rule>,
}

impl Limit {
    /// The code of the issue raised above [`Limit::max`], as [`Limit::over`] declares it
    /// (empty when the table walk never checks this side).
    pub fn code_over(&self) -> String {
        self.over.map(|r| r.code).unwrap_or_default().to_string()
    }

    /// The code of the issue raised below [`Limit::min`], as [`Limit::under`] declares it
    /// (empty when the table walk never checks this side).
    pub fn code_under(&self) -> String {
        self.under.map(|r| r.code).unwrap_or_default().to_string()
    }
}

/// What a limit's rule says, by what it counts and which way it was broken.
const fn rule_doc(unit: Unit, over: bool) -> &'static str {
    match (unit, over) {
        (Unit::Chars | Unit::Bytes, true) => "Longer than its limit.",
        (Unit::Chars | Unit::Bytes, false) => "Shorter than its limit (or empty).",
        (Unit::Items, true) => "More items than its limit.",
        (Unit::Items, false) => "Fewer items than its limit.",
        _ => "A number outside its range.",
    }
}

/// The rule of one side of a limit.
const fn limit_rule(code: &'static str, unit: Unit, over: bool, source: &'static str) -> Rule {
    Rule::error(code, rule_doc(unit, over), source)
}

macro_rules! limit_codes {
    ($unit:ident, $src:literal;) => {
        (None, None)
    };
    ($unit:ident, $src:literal; under $u:literal) => {
        (Some(limit_rule($u, Unit::$unit, false, $src)), None)
    };
    ($unit:ident, $src:literal; over $o:literal) => {
        (None, Some(limit_rule($o, Unit::$unit, true, $src)))
    };
    ($unit:ident, $src:literal; under $u:literal over $o:literal) => {
        (
            Some(limit_rule($u, Unit::$unit, false, $src)),
            Some(limit_rule($o, Unit::$unit, true, $src)),
        )
    };
    ($unit:ident, $src:literal; range $r:literal) => {{
        const R: Rule = limit_rule($r, Unit::$unit, true, $src);
        (Some(R), Some(R))
    }};
}

macro_rules! limits {
    ($( $(#[$doc:meta])* $name:ident = $id:literal, $min:expr, $max:expr, $unit:ident, $conf:ident, $src:literal $(, $kw:ident $code:literal)* ; )*) => {
        $( $(#[$doc])* pub const $name: Limit = {
            let (under, over) = limit_codes!($unit, $src; $($kw $code)*);
            Limit {
                id: rule::native($id), min: $min, max: $max, unit: Unit::$unit,
                source: rule::native($src), confidence: Confidence::$conf, under, over,
            }
        }; )*
        /// Every limit, in the order of the README's rule table.
        pub const ALL: &[Limit] = &[$($name),*];
    };
}

const INT32_MAX: i64 = i32::MAX as i64;

limits! {
    /// Maximum size of a request body: "Maximum request size is 10MB."
    REQUEST_SIZE = "request.size", 0, 10 * 1024 * 1024, Bytes, Verified,
        "Infobip API reference, POST /rcs/2/messages and POST /rcs/1/events";
    /// `messages`: at least one message per request.
    MESSAGES = "request.messages", 1, INT32_MAX, Items, Verified,
        "Infobip SDK RcsMessageRequest (messages required)", under "request.messages.too_few";
    /// `messages[].sender`: must not be empty.
    SENDER = "message.sender", 1, INT32_MAX, Chars, Verified,
        "Infobip SDK RcsMessage (sender required)", under "message.sender.too_short";
    /// `messages[].destinations`: at least one destination.
    DESTINATIONS = "message.destinations", 1, INT32_MAX, Items, Verified,
        "Infobip API reference: \"A valid destination is required.\"", under "message.destinations.too_few";
    /// `destinations[].to`: a phone number, digits with an optional leading `+`, 5 to 15 digits (E.164).
    DESTINATION_TO = "destination.to", 5, 15, Chars, Inferred,
        "E.164 (at most 15 digits); Infobip examples use digits without '+'";
    /// `destinations[].messageId`: 0..200 characters.
    DESTINATION_MESSAGE_ID = "destination.message_id", 0, 200, Chars, Verified,
        "Infobip API reference, POST /rcs/2/messages", over "destination.message_id.too_long";
    /// TEXT `text`: up to 3,072 characters; empty text is rejected unless allowed by option.
    TEXT = "text.text", 1, 3072, Chars, Verified,
        "Infobip API reference (0..3072) and product docs; minimum 1 inferred", under "text.text.too_short", over "text.text.too_long";
    /// Message-level `content.suggestions` (every content type): up to 11 chips.
    MESSAGE_SUGGESTIONS = "content.suggestions", 0, 11, Items, Verified,
        "Infobip API reference (TEXT 0..11); Google RBM 11 chips per message", over "content.suggestions.too_many";
    /// Suggestion `text`: 1..25 characters.
    SUGGESTION_TEXT = "suggestion.text", 1, 25, Chars, Verified,
        "Infobip API reference, suggestion text 1..25", under "suggestion.text.too_short", over "suggestion.text.too_long";
    /// Suggestion `postbackData`: 1..2048 characters, required for every type.
    SUGGESTION_POSTBACK = "suggestion.postback_data", 1, 2048, Chars, Verified,
        "Infobip API reference, postbackData 1..2048", under "suggestion.postback_data.too_short", over "suggestion.postback_data.too_long";
    /// DIAL_PHONE `phoneNumber`: 5..15 digits with an optional leading `+`.
    SUGGESTION_PHONE = "suggestion.phone_number", 5, 15, Chars, Inferred,
        "Infobip community SDKs ^\\+?\\d{5,15}$; Google RBM E.164";
    /// SHOW_LOCATION `latitude`: -90..90.
    LATITUDE = "suggestion.latitude", -90, 90, Degrees, Inferred,
        "Infobip community SDKs; Google RBM LatLng", range "suggestion.latitude.out_of_range";
    /// SHOW_LOCATION `longitude`: -180..180.
    LONGITUDE = "suggestion.longitude", -180, 180, Degrees, Inferred,
        "Infobip community SDKs; Google RBM LatLng", range "suggestion.longitude.out_of_range";
    /// SHOW_LOCATION `label`: 1..100 characters.
    LOCATION_LABEL = "suggestion.label", 1, 100, Chars, Inferred,
        "Infobip community SDKs; GSMA label 1..100", under "suggestion.label.too_short", over "suggestion.label.too_long";
    /// CREATE_CALENDAR_EVENT `title`: 1..100 characters.
    CALENDAR_TITLE = "suggestion.title", 1, 100, Chars, Inferred,
        "Google RBM createCalendarEventAction title <= 100", under "suggestion.title.too_short", over "suggestion.title.too_long";
    /// CREATE_CALENDAR_EVENT `description`: up to 500 characters.
    CALENDAR_DESCRIPTION = "suggestion.description", 0, 500, Chars, Inferred,
        "Google RBM createCalendarEventAction description <= 500", over "suggestion.description.too_long";
    /// Any URL (file, media, thumbnail, OPEN_URL, webhooks): at most 2,048 characters.
    URL = "url", 1, 2048, Chars, Verified,
        "Infobip product docs: \"File URL length: Up to 2,048 characters\"; Google RBM URLs 2048", under "url.too_short", over "url.too_long";
    /// Card `title`: 1..200 characters.
    CARD_TITLE = "card.title", 1, 200, Chars, Inferred,
        "Infobip community SDKs 1..200; Google RBM 200", under "card.title.too_short", over "card.title.too_long";
    /// Card `description`: 1..2000 characters.
    CARD_DESCRIPTION = "card.description", 1, 2000, Chars, Inferred,
        "Infobip community SDKs 1..2000; Infobip product docs; Google RBM 2000", under "card.description.too_short", over "card.description.too_long";
    /// Suggestions inside one card: up to 4.
    CARD_SUGGESTIONS = "card.suggestions", 0, 4, Items, Inferred,
        "Infobip community SDKs max 4; Google RBM, AWS, GSMA 4", over "card.suggestions.too_many";
    /// Cards in a carousel: 2..10.
    CAROUSEL_CARDS = "carousel.contents", 2, 10, Items, Inferred,
        "Infobip community SDKs 2..10; Google RBM 2..10", under "carousel.contents.too_few", over "carousel.contents.too_many";
    /// PROVIDER_TEMPLATE `templateId`: must not be empty.
    TEMPLATE_ID = "template.template_id", 1, INT32_MAX, Chars, Verified,
        "Infobip SDK RcsOutboundProviderTemplateContent (templateId required)", under "template.template_id.too_short";
    /// `options.platform.entityId` / `applicationId`: up to 255 characters.
    PLATFORM_ID = "platform.id", 0, 255, Chars, Verified,
        "Infobip API reference; Infobip PHP SDK Platform Length(max: 255)", over "platform.id.too_long";
    /// `validityPeriod.amount`: a positive int32.
    VALIDITY_AMOUNT = "validity_period.amount", 1, INT32_MAX, Number, Inferred,
        "Infobip SDK ValidityPeriod (int32 amount)", range "validity_period.amount.out_of_range";
    /// Validity periods over 48 hours are clamped to 48 hours by the API (a warning).
    VALIDITY_PERIOD = "validity_period.duration", 1, 48 * 3600, Seconds, Verified,
        "Infobip API reference: \"Validity period longer than 48h is not supported\"";
    /// `deliveryTimeWindow.days`: 1..7 days.
    DELIVERY_DAYS = "delivery_time_window.days", 1, 7, Items, Verified,
        "Infobip SDK DeliveryTimeWindow: \"At least one day must be provided.\"", under "delivery_time_window.days.too_few", over "delivery_time_window.days.too_many";
    /// `deliveryTimeWindow.from/to.hour`: 0..23.
    DELIVERY_HOUR = "delivery_time.hour", 0, 23, Hours, Verified,
        "Infobip PHP SDK DeliveryTime LessThanOrEqual(23)", range "delivery_time.hour.out_of_range";
    /// `deliveryTimeWindow.from/to.minute`: 0..59.
    DELIVERY_MINUTE = "delivery_time.minute", 0, 59, Minutes, Verified,
        "Infobip PHP SDK DeliveryTime LessThanOrEqual(59)", range "delivery_time.minute.out_of_range";
    /// `deliveryTimeWindow`: `from` and `to` at least 60 minutes apart.
    DELIVERY_WINDOW = "delivery_time_window.span", 60, 24 * 60, Minutes, Verified,
        "Infobip SDK DeliveryTimeWindow: \"minimum 1 hour difference\"";
    /// `webhooks.callbackData`: up to 4,000 characters.
    CALLBACK_DATA = "webhooks.callback_data", 0, 4000, Chars, Verified,
        "Infobip SDK description; PHP SDK MessagesApiWebhooks Length(max: 4000)", over "webhooks.callback_data.too_long";
    /// `options.schedule.bulkId`: up to 100 characters.
    BULK_ID = "schedule.bulk_id", 0, 100, Chars, Inferred,
        "Infobip shared schedule component of another channel (0..100)", over "schedule.bulk_id.too_long";
    /// `options.schedule.sendAt`: no later than 180 days ahead.
    SEND_AT = "schedule.send_at", 0, 180, Days, Verified,
        "Infobip SDK RcsRequestSchedulingSettings: \"no later than 180 days in advance\"";
    /// `sendingSpeedLimit.amount`: a positive int32.
    SPEED_LIMIT_AMOUNT = "sending_speed_limit.amount", 1, INT32_MAX, Number, Inferred,
        "Infobip SDK SendingSpeedLimit (int32 amount)", range "sending_speed_limit.amount.out_of_range";
    /// `messageOrdering.respectOrder`: 2..10 messages (exactly 2 when the first has failover).
    ORDERED_MESSAGES = "message_ordering.messages", 2, 10, Items, Verified,
        "Infobip SDK RcsMessageOrderingOptions description";
    /// `smsFailover.text`: must not be empty.
    SMS_FAILOVER_TEXT = "sms_failover.text", 1, INT32_MAX, Chars, Verified,
        "Infobip SDK RcsDefaultSmsFailover (text required)", under "sms_failover.text.too_short";
    /// Advice (`Options::advice`): an SMS failover text of more than 4 parts costs 5 SMS.
    SMS_PARTS = "sms_failover.parts", 1, 4, Items, Inferred,
        "rcs-kit advice: 160/153 GSM-7 or 70/67 UCS-2 characters per SMS part";
    /// Advice (`Options::advice`): iPhones show at most 3 suggested replies in a card.
    IOS_CARD_REPLIES = "ios.card_replies", 0, 3, Items, Verified,
        "Infobip, RCS behaviors and guidance (iOS: at most 3 suggested replies per card)";
    /// Advice (`Options::advice`): iPhones show a single call to action in a card.
    IOS_CARD_ACTIONS = "ios.card_actions", 0, 1, Items, Verified,
        "Infobip, RCS behaviors and guidance (iOS: a single CTA per card)";
    /// Advice (`Options::advice`): promotional messages to India may start 07:00-22:00
    /// IST only, which is 01:30-16:30 UTC (minutes of the UTC day; IST is UTC+05:30).
    INDIA_PROMOTIONAL_HOURS = "india.promotional_start", 90, 990, Minutes, Verified,
        "Infobip, RCS message templates in India (promotional conversations 07:00-22:00): https://infobip.com/docs/rcs/message-templates-india";
    /// `mmsFailover.content.messageSegments`: at least one segment.
    MMS_SEGMENTS = "mms_failover.message_segments", 1, INT32_MAX, Items, Verified,
        "Infobip SDK MmsOutboundContent (messageSegments required)", under "mms_failover.message_segments.too_few";
    /// SEEN event `messageId`: must not be empty.
    EVENT_MESSAGE_ID = "event.message_id", 1, INT32_MAX, Chars, Verified,
        "Infobip SDK RcsOutboundEventSeenContent (messageId required)", under "event.message_id.too_short";
    /// Integer codes the API reads as 32-bit (`brandCode`, `resellerCode`).
    INT32 = "integer.int32", -INT32_MAX - 1, INT32_MAX, Number, Verified,
        "Infobip SDK models (Integer fields)", range "integer.int32.out_of_range";
    /// `events`: at least one event per request.
    EVENTS = "request.events", 1, INT32_MAX, Items, Verified,
        "Infobip SDK RcsEventRequest (events required)", under "request.events.too_few";
    /// Counts the API sends (`messageCount`, `rcsCount`, file `size`, ...): read as 32-bit
    /// unsigned. No rule of its own: a value outside it is not of the type (`type.mismatch`).
    UINT32 = "integer.uint32", 0, u32::MAX as i64, Number, Verified,
        "Infobip SDK models (inbound counts, read as 32-bit unsigned)";
    /// Capability check, sync query: 1 to 500 `phoneNumbers`.
    CAPABILITY_QUERY_NUMBERS = "capability_query.phone_numbers", 1, 500, Items, Verified,
        "Infobip SDK RcsApi javadoc (capabilityCheckQuery: \"up to 500\"; the model text still says 1 to 5)", under "capability_query.phone_numbers.too_few", over "capability_query.phone_numbers.too_many";
    /// Advice (`Options::advice`): the sync query is for routing, 1 to 10 numbers a call.
    CAPABILITY_QUERY_BATCH = "capability_query.batch", 1, 10, Items, Verified,
        "Infobip SDK RcsApi javadoc: \"recommend smaller batches of 1 to 10\"; bulk checks belong to notify";
    /// Capability check, async notify: 1 to 10,000 `phoneNumbers`.
    CAPABILITY_NOTIFY_NUMBERS = "capability_notify.phone_numbers", 1, 10_000, Items, Verified,
        "Infobip SDK RcsApi javadoc (capabilityCheckNotify: \"up to 10,000\"; minimum 1 inferred from required)", under "capability_notify.phone_numbers.too_few", over "capability_notify.phone_numbers.too_many";
    /// A message template (`rcs_kit::template`): at most 100 declared variables.
    TEMPLATE_VARIABLES = "message_template.variables", 0, 100, Items, Verified,
        "rcs-kit's template format (docs/templates.md)", over "template.variables.too_many";
    /// A template variable's `name`: 1 to 64 characters (letters, digits, `_`, `.`, `-`).
    TEMPLATE_VARIABLE_NAME = "message_template.variable_name", 1, 64, Chars, Verified,
        "rcs-kit's template format (docs/templates.md)", under "template.variable.name.too_short", over "template.variable.name.too_long";
    /// A template variable's `maxLength`: 0 to 10,000 characters.
    TEMPLATE_MAX_LENGTH = "message_template.max_length", 0, 10_000, Number, Verified,
        "rcs-kit's template format (docs/templates.md)", range "template.variable.max_length.out_of_range";
    /// Inbound LOCATION message `latitude`: -90..90.
    LOCATION_LATITUDE = "location.latitude", -90, 90, Degrees, Verified,
        "Infobip API reference, inbound RCS webhooks (LOCATION message)", range "location.latitude.out_of_range";
    /// Inbound LOCATION message `longitude`: -180..180.
    LOCATION_LONGITUDE = "location.longitude", -180, 180, Degrees, Verified,
        "Infobip API reference, inbound RCS webhooks (LOCATION message)", range "location.longitude.out_of_range";
}

/// Deepest JSON nesting the parser accepts. The deepest valid request nests 9 levels;
/// anything near this bound is hostile, and the bound keeps recursion off the stack's edge.
pub const MAX_DEPTH: usize = 64;

/// Most issues one report collects; past it the report says it was truncated.
pub const MAX_ISSUES: usize = 1000;

/// Looks a limit up by its [`Limit::id`].
///
/// ```
/// assert_eq!(rcs_kit::limits::by_id("card.title").map(|l| l.max), Some(200));
/// ```
pub fn by_id(id: &str) -> Option<&'static Limit> {
    ALL.iter().find(|l| l.id == id)
}

/// Limit ids grouped by the part before their first dot, as `limits()` nests them in the
/// npm package and its TypeScript type: `text` alone, `suggestion.text` and
/// `suggestion.postback_data` under `suggestion`. Heads in first-seen order, each with its
/// members' rest (`None` for an id without a dot) and what came with the id.
///
/// ```
/// let ids = ["text", "suggestion.text", "suggestion.postback_data"];
/// let groups = rcs_kit::limits::nest(ids.into_iter().map(|id| (id, id.len())));
/// assert_eq!(groups[0], ("text", vec![(None, 4)]));
/// assert_eq!(groups[1].0, "suggestion");
/// assert_eq!(groups[1].1, vec![(Some("text"), 15), (Some("postback_data"), 24)]);
/// ```
#[allow(clippy::type_complexity)]
pub fn nest<'a, T>(
    ids: impl IntoIterator<Item = (&'a str, T)>,
) -> Vec<(&'a str, Vec<(Option<&'a str>, T)>)> {
    let mut groups: Vec<(&'a str, Vec<(Option<&'a str>, T)>)> = Vec::new();
    for (id, with) in ids {
        let (head, tail) = match id.split_once('.') {
            Some((h, t)) => (h, Some(t)),
            None => (id, None),
        };
        match groups.iter_mut().find(|(h, _)| *h == head) {
            Some((_, members)) => members.push((tail, with)),
            None => groups.push((head, vec![(tail, with)])),
        }
    }
    groups
}

/// A limit of the RCS API carried over to another body (the Messages API, whose SDKs
/// state no lengths) because the same RCS message results: the same bounds and the same
/// rules (so the same codes), with its own id, marked [`Confidence::Inferred`], and
/// `source` saying why.
///
/// ```
/// use rcs_kit::limits::{carried, Confidence, TEXT};
/// const BODY_TEXT: rcs_kit::limits::Limit =
///     carried(TEXT, "messages_api.body.text", "sent as an RCS TEXT message");
/// assert_eq!(BODY_TEXT.max, TEXT.max);
/// assert_eq!(BODY_TEXT.code_over(), TEXT.code_over());
/// assert_eq!(BODY_TEXT.confidence, Confidence::Inferred);
/// ```
pub const fn carried(base: Limit, id: &'static str, source: &'static str) -> Limit {
    Limit {
        id,
        source: rule::native(source),
        confidence: Confidence::Inferred,
        ..base
    }
}

// Data only, compiled with or without the `messages-api` feature (the tables that check
// them need it): the package's generated data lists them for the entry
// `rcs-kit/messages-api` whatever the features of the build that writes it.
pub mod messages_api;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_id_is_the_parent_of_another() {
        // `limits()` in JavaScript nests the table by the dots of the ids.
        for a in ALL {
            for b in ALL {
                assert!(
                    !b.id.starts_with(&format!("{}.", a.id)),
                    "{} / {}",
                    a.id,
                    b.id
                );
            }
        }
    }

    #[test]
    fn ids_are_unique_and_ranges_sane() {
        for (i, a) in ALL.iter().enumerate() {
            assert!(a.min <= a.max, "{}", a.id);
            for b in &ALL[i + 1..] {
                assert_ne!(a.id, b.id);
            }
        }
    }
}

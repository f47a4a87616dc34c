//! The rules of inbound webhooks that requests do not have, declared beside the inspector
//! that checks them ([`inspect`](super::inspect())). Webhooks also break the rules every
//! body has ([`fields`](crate::rules::fields), [`json`](crate::json::rules)).

use crate::rule::Rule;

const SPEC: &str = "Infobip API reference, inbound RCS webhooks (section 7 of the spec reference)";

/// A body of no known webhook kind.
pub static KIND_UNKNOWN: Rule = Rule::error(
    "webhook.kind.unknown",
    "The body is not one of the RCS webhooks Infobip sends.",
    SPEC,
);
/// A body the typed model rejects (a safety net behind the checks).
pub static MODEL: Rule = Rule::error(
    "webhook.model",
    "The body does not fit the typed model of its kind.",
    SPEC,
);
/// A batch without results.
pub static RESULTS_EMPTY: Rule =
    Rule::warning("webhook.results.empty", "A batch with no results.", SPEC);
/// A count member that disagrees with the batch.
pub static COUNT_MISMATCH: Rule = Rule::warning(
    "webhook.count.mismatch",
    "`messageCount` or `eventCount` differs from the number of results.",
    SPEC,
);
/// A result of another kind than the batch.
pub static RESULT_KIND_MISMATCH: Rule = Rule::error(
    "webhook.result.kind_mismatch",
    "A result of another kind than the rest of the batch.",
    SPEC,
);
/// An event whose message type does not fit it.
pub static EVENT_MESSAGE_TYPE: Rule = Rule::warning(
    "event.message.type",
    "An inbound event whose `message.type` does not fit the event.",
    SPEC,
);
/// A conversation window that ends before it starts.
pub static CONVERSATION_WINDOW: Rule = Rule::warning(
    "conversation.window.invalid",
    "A conversation window that ends before it starts.",
    SPEC,
);
/// A date-time member that cannot be read.
pub static DATE_TIME_INVALID: Rule = Rule::error(
    "date_time.invalid",
    "A date-time member that is not in the API's form.",
    SPEC,
);
/// An open enumeration's value the spec does not list.
pub static ENUM_UNKNOWN: Rule = Rule::warning(
    "enum.unknown",
    "A value the spec does not list (kept as is: the API adds values).",
    SPEC,
);
/// A shared location's latitude out of range.
pub static LATITUDE: Rule = Rule::error(
    "location.latitude.out_of_range",
    "A shared location's latitude outside -90 to 90.",
    SPEC,
);
/// A shared location's longitude out of range.
pub static LONGITUDE: Rule = Rule::error(
    "location.longitude.out_of_range",
    "A shared location's longitude outside -180 to 180.",
    SPEC,
);

//! The rules of inbound webhooks that belong to the inspector itself ([`inspect`](super::inspect())):
//! a body of no known kind, and the typed model's safety net. The rules of the bodies are
//! declared with the tables' checks ([`rules::webhooks`](crate::rules::webhooks),
//! [`fields`](crate::rules::fields), [`limits`](crate::limits), [`enums`](crate::enums))
//! and the JSON reader ([`json::rules`](crate::json::rules)).

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

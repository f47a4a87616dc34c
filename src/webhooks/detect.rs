//! The kind of a webhook body, from its shape, read on the parsed [`Doc`] (the same
//! document the walk checks). Of a repeated key, the last value counts, as in the typed
//! model.

use super::WebhookKind;
use crate::json::{Doc, NodeId, Value};

/// The kind of the body at `root`: the first of `results` decides (see
/// [`detect_kind`](super::detect_kind)).
pub(crate) fn body_kind(doc: &Doc<'_>, root: NodeId) -> WebhookKind {
    if !matches!(doc.value(root), Value::Object { .. }) {
        return WebhookKind::Unknown;
    }
    // The answers to capability checks, from their list's name.
    if doc.get_last(root, "capabilityCheckResults").is_some() {
        return WebhookKind::CapabilityQueryResponse;
    }
    if doc.get_last(root, "capabilityCheckRequestStates").is_some() {
        return WebhookKind::CapabilityNotifyResponse;
    }
    // One number's capability result: nested (Java SDK) or flat (the documentation).
    if doc.get_last(root, "capabilityCheckResult").is_some()
        || (doc.get_last(root, "phoneNumber").is_some() && doc.get_last(root, "code").is_some())
    {
        return WebhookKind::CapabilityResult;
    }
    let Some(results) = doc.get_last(root, "results") else {
        return WebhookKind::Unknown;
    };
    if !matches!(doc.value(results), Value::Array { .. }) {
        return WebhookKind::Unknown;
    }
    match doc.children(results).next() {
        Some(first) => result_kind(doc, first),
        None if doc.get_last(root, "messageCount").is_some() => WebhookKind::MoMessage,
        None => WebhookKind::Unknown,
    }
}

/// The kind one result of a batch looks like.
pub(crate) fn result_kind(doc: &Doc<'_>, r: NodeId) -> WebhookKind {
    if !matches!(doc.value(r), Value::Object { .. }) {
        return WebhookKind::Unknown;
    }
    let str_at = |node: Option<NodeId>, key: &str| {
        node.and_then(|n| doc.get_last(n, key))
            .and_then(|n| doc.str(n))
    };
    let event = doc.get_last(r, "event");
    match str_at(event, "type").as_deref() {
        Some("TYPING_INDICATOR") => return WebhookKind::TypingIndicator,
        Some("CONVERSATION_STARTED") => return WebhookKind::ConversationStarted,
        _ => {}
    }
    let has = |key: &str| doc.get_last(r, key).is_some();
    if has("seenAt") {
        return WebhookKind::SeenReport;
    }
    if has("status") {
        return WebhookKind::DeliveryReport;
    }
    if let Some(m) = doc.get_last(r, "message") {
        let is_event = str_at(Some(r), "interactionType").as_deref() == Some("EVENT")
            || str_at(Some(m), "type").as_deref() == Some("SUGGESTION");
        return if is_event {
            WebhookKind::MoEvent
        } else {
            WebhookKind::MoMessage
        };
    }
    if event.is_some() {
        if has("conversation") {
            return WebhookKind::ConversationStarted;
        }
        if has("receivedAt") {
            return WebhookKind::TypingIndicator;
        }
    }
    WebhookKind::Unknown
}

/// MO messages and MO events may share a batch shape; a later result of the other one of
/// the pair is not a different webhook.
pub(crate) fn same_family(a: WebhookKind, b: WebhookKind) -> bool {
    matches!(
        (a, b),
        (WebhookKind::MoMessage, WebhookKind::MoEvent)
            | (WebhookKind::MoEvent, WebhookKind::MoMessage)
    )
}

//! Rules across the members of inbound webhook bodies, declared beside their checks.
//! The webhook tables ([`schema::webhooks`](crate::schema::webhooks)) attach them; the
//! rules every body has are in [`fields`](super::fields).

use crate::context::{Check, Ctx};
use crate::json::{NodeId, Value};
use crate::message::Msg;
use crate::report::clip;
use crate::rule::Rule;
use crate::time::parse_date_time;
use crate::webhooks::{detect, WebhookKind};

const SPEC: &str = "Infobip API reference, inbound RCS webhooks (section 7 of the spec reference)";

/// A batch without results.
pub static RESULTS_EMPTY: Rule =
    Rule::warning("webhook.results.empty", "A batch with no results.", SPEC);
/// What an issue of [`RESULTS_EMPTY`] says.
pub static RESULTS_EMPTY_MSG: Msg = Msg::for_rule(&RESULTS_EMPTY, "the batch has no results");
/// A count member that disagrees with the batch.
pub static COUNT_MISMATCH: Rule = Rule::warning(
    "webhook.count.mismatch",
    "`messageCount` or `eventCount` differs from the number of results.",
    SPEC,
);
/// What an issue of [`COUNT_MISMATCH`] says.
pub static COUNT_MISMATCH_MSG: Msg = Msg::for_rule(
    &COUNT_MISMATCH,
    "`{field}` is {value} but the batch has {n} results",
);
/// What an issue of [`COUNT_MISMATCH`] says of a batch of one result.
pub static COUNT_MISMATCH_ONE_MSG: Msg = Msg::new(
    "webhook.count.mismatch_one",
    "`{field}` is {value} but the batch has 1 result",
);
/// A result of another kind than the batch.
pub static RESULT_KIND_MISMATCH: Rule = Rule::error(
    "webhook.result.kind_mismatch",
    "A result of another kind than the rest of the batch.",
    SPEC,
);
/// What an issue of [`RESULT_KIND_MISMATCH`] says.
pub static RESULT_KIND_MISMATCH_MSG: Msg = Msg::for_rule(
    &RESULT_KIND_MISMATCH,
    "this result looks like a {own} but the batch is a {batch} batch (from its first result)",
);
/// An event whose message type does not fit it.
pub static EVENT_MESSAGE_TYPE: Rule = Rule::warning(
    "event.message.type",
    "An inbound event whose `message.type` does not fit the event.",
    SPEC,
);
/// What an issue of [`EVENT_MESSAGE_TYPE`] says.
pub static EVENT_MESSAGE_TYPE_MSG: Msg = Msg::for_rule(
    &EVENT_MESSAGE_TYPE,
    "an MO event carries a SUGGESTION, not {value}",
);
/// A conversation window that ends before it starts.
pub static CONVERSATION_WINDOW: Rule = Rule::warning(
    "conversation.window.invalid",
    "A conversation window that ends before it starts.",
    SPEC,
);
/// What an issue of [`CONVERSATION_WINDOW`] says.
pub static CONVERSATION_WINDOW_MSG: Msg = Msg::for_rule(
    &CONVERSATION_WINDOW,
    "the conversation ends before it starts",
);

/// The messages of this module, for the catalogue.
pub static MESSAGES: &[&Msg] = &[
    &RESULTS_EMPTY_MSG,
    &COUNT_MISMATCH_MSG,
    &COUNT_MISMATCH_ONE_MSG,
    &RESULT_KIND_MISMATCH_MSG,
    &EVENT_MESSAGE_TYPE_MSG,
    &CONVERSATION_WINDOW_MSG,
];

/// The rules of this module.
pub static RULES: &[&Rule] = &[
    &RESULTS_EMPTY,
    &COUNT_MISMATCH,
    &RESULT_KIND_MISMATCH,
    &EVENT_MESSAGE_TYPE,
    &CONVERSATION_WINDOW,
];

/// The `results` array of a batch, if it is one.
fn results(ctx: &Ctx<'_, '_>, batch: NodeId) -> Option<NodeId> {
    ctx.get(batch, "results")
        .filter(|r| matches!(ctx.doc().value(*r), Value::Array { .. }))
}

/// A batch with an empty `results`.
fn results_empty(ctx: &mut Ctx<'_, '_>, batch: NodeId) {
    if results(ctx, batch).is_some_and(|r| ctx.doc().len(r) == 0) {
        ctx.at("results", |c| {
            c.report(&RESULTS_EMPTY, RESULTS_EMPTY_MSG.message());
        });
    }
}

/// `messageCount` differs from the number of results (MO messages and events).
fn message_count(ctx: &mut Ctx<'_, '_>, batch: NodeId) {
    count(ctx, batch, "messageCount");
}

/// `eventCount` differs from the number of results (typing, conversation started).
fn event_count(ctx: &mut Ctx<'_, '_>, batch: NodeId) {
    count(ctx, batch, "eventCount");
}

fn count(ctx: &mut Ctx<'_, '_>, batch: NodeId, key: &'static str) {
    let Some(r) = results(ctx, batch) else { return };
    let n = ctx.doc().len(r);
    let Some(Value::Number { raw, value }) = ctx.get(batch, key).map(|c| ctx.doc().value(c)) else {
        return;
    };
    // Only a count the walk accepts (a whole number, 0 or more).
    if raw.contains(['.', 'e', 'E', '-']) || value as usize == n {
        return;
    }
    let message = if n == 1 {
        COUNT_MISMATCH_ONE_MSG.message()
    } else {
        COUNT_MISMATCH_MSG.with("n", n)
    };
    ctx.at(key, |c| {
        c.report_bounded(
            &COUNT_MISMATCH,
            n as f64,
            value,
            message.with("field", key).with("value", raw),
        );
    });
}

fn result_kinds(ctx: &mut Ctx<'_, '_>, batch: NodeId, kind: WebhookKind) {
    let Some(r) = results(ctx, batch) else { return };
    let doc = ctx.doc();
    for (i, result) in doc.children(r).enumerate() {
        let own = detect::result_kind(doc, result);
        if own.is_known() && own != kind && !(i > 0 && detect::same_family(own, kind)) {
            ctx.at("results", |c| {
                c.at_index(i, |c| {
                    c.report(
                        &RESULT_KIND_MISMATCH,
                        RESULT_KIND_MISMATCH_MSG
                            .with("own", own.noun())
                            .with("batch", kind.noun()),
                    );
                });
            });
        }
    }
}

/// Every result of an MO message batch is an MO message (or event).
fn mo_message_results(ctx: &mut Ctx<'_, '_>, batch: NodeId) {
    result_kinds(ctx, batch, WebhookKind::MoMessage);
}

/// Every result of an MO event batch is an MO event (or message).
fn mo_event_results(ctx: &mut Ctx<'_, '_>, batch: NodeId) {
    result_kinds(ctx, batch, WebhookKind::MoEvent);
}

/// Every result of a typing indicator batch is a typing indicator.
fn typing_results(ctx: &mut Ctx<'_, '_>, batch: NodeId) {
    result_kinds(ctx, batch, WebhookKind::TypingIndicator);
}

/// Every result of a delivery report batch is a delivery report.
fn delivery_results(ctx: &mut Ctx<'_, '_>, batch: NodeId) {
    result_kinds(ctx, batch, WebhookKind::DeliveryReport);
}

/// Every result of a seen report batch is a seen report.
fn seen_results(ctx: &mut Ctx<'_, '_>, batch: NodeId) {
    result_kinds(ctx, batch, WebhookKind::SeenReport);
}

/// Every result of a conversation-started batch is a conversation-started event.
fn started_results(ctx: &mut Ctx<'_, '_>, batch: NodeId) {
    result_kinds(ctx, batch, WebhookKind::ConversationStarted);
}

/// An MO event carries a SUGGESTION.
fn event_message_type(ctx: &mut Ctx<'_, '_>, result: NodeId) {
    let Some(m) = ctx.get(result, "message") else {
        return;
    };
    let Some(ty) = ctx.get_str(m, "type").filter(|t| t != "SUGGESTION") else {
        return;
    };
    ctx.at("message", |c| {
        c.at("type", |c| {
            c.report(
                &EVENT_MESSAGE_TYPE,
                EVENT_MESSAGE_TYPE_MSG.with("value", clip(&ty)),
            );
        });
    });
}

/// A conversation window ends after it starts.
fn conversation_window(ctx: &mut Ctx<'_, '_>, window: NodeId) {
    let time = |key: &str| {
        ctx.get_str(window, key)
            .and_then(|s| parse_date_time(&s).ok())
    };
    if let (Some(start), Some(end)) = (time("startTime"), time("endTime")) {
        if start >= end {
            ctx.at("endTime", |c| {
                c.report(&CONVERSATION_WINDOW, CONVERSATION_WINDOW_MSG.message());
            });
        }
    }
}

// ---------------------------------------------------------------- checks

/// A batch with an empty `results`.
pub static RESULTS_EMPTY_CHECK: Check = Check {
    run: results_empty,
    rules: &[&RESULTS_EMPTY],
};

/// `messageCount` differs from the number of results (MO messages and events).
pub static MESSAGE_COUNT_CHECK: Check = Check {
    run: message_count,
    rules: &[&COUNT_MISMATCH],
};

/// `eventCount` differs from the number of results (typing, conversation started).
pub static EVENT_COUNT_CHECK: Check = Check {
    run: event_count,
    rules: &[&COUNT_MISMATCH],
};

/// Every result of an MO message batch is an MO message (or event).
pub static MO_MESSAGE_RESULTS_CHECK: Check = Check {
    run: mo_message_results,
    rules: &[&RESULT_KIND_MISMATCH],
};

/// Every result of an MO event batch is an MO event (or message).
pub static MO_EVENT_RESULTS_CHECK: Check = Check {
    run: mo_event_results,
    rules: &[&RESULT_KIND_MISMATCH],
};

/// Every result of a typing indicator batch is a typing indicator.
pub static TYPING_RESULTS_CHECK: Check = Check {
    run: typing_results,
    rules: &[&RESULT_KIND_MISMATCH],
};

/// Every result of a delivery report batch is a delivery report.
pub static DELIVERY_RESULTS_CHECK: Check = Check {
    run: delivery_results,
    rules: &[&RESULT_KIND_MISMATCH],
};

/// Every result of a seen report batch is a seen report.
pub static SEEN_RESULTS_CHECK: Check = Check {
    run: seen_results,
    rules: &[&RESULT_KIND_MISMATCH],
};

/// Every result of a conversation-started batch is a conversation-started event.
pub static STARTED_RESULTS_CHECK: Check = Check {
    run: started_results,
    rules: &[&RESULT_KIND_MISMATCH],
};

/// An MO event carries a SUGGESTION.
pub static EVENT_MESSAGE_TYPE_CHECK: Check = Check {
    run: event_message_type,
    rules: &[&EVENT_MESSAGE_TYPE],
};

/// A conversation window ends after it starts.
pub static CONVERSATION_WINDOW_CHECK: Check = Check {
    run: conversation_window,
    rules: &[&CONVERSATION_WINDOW],
};

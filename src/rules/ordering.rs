//! `options.messageOrdering.respectOrder`: the constraints on ordered sequences.

use crate::context::{Check, Ctx};
use crate::json::NodeId;
use crate::limits;
use crate::message::Msg;
use crate::rule::Rule;

const SRC: &str = "Infobip SDK RcsMessageOrderingOptions description";

/// Fewer ordered messages than allowed.
pub static TOO_FEW: Rule = Rule::error(
    "message_ordering.messages.too_few",
    "`respectOrder: true` with fewer messages than an ordered sequence needs.",
    SRC,
)
.bounded(&limits::ORDERED_MESSAGES);
/// What an issue of [`TOO_FEW`] says.
pub static COUNT_MSG: Msg = Msg::new(
    "message_ordering.count",
    "`respectOrder: true` needs {min} to {max} messages; this request has {n}",
);
/// More ordered messages than allowed.
pub static TOO_MANY: Rule = Rule::error(
    "message_ordering.messages.too_many",
    "`respectOrder: true` with more messages than an ordered sequence takes.",
    SRC,
)
.bounded(&limits::ORDERED_MESSAGES);
/// Failover where ordering forbids it.
pub static FAILOVER: Rule = Rule::error(
    "message_ordering.failover",
    "With `respectOrder`, failover only on the first message of a sequence of two.",
    SRC,
);
/// What an issue of [`FAILOVER`] says.
pub static FAILOVER_MSG: Msg = Msg::for_rule(
    &FAILOVER,
    "with `respectOrder: true`, failover is allowed only on the first of exactly 2 messages; remove it here",
);
/// Members that differ between ordered messages.
pub static NOT_IDENTICAL: Rule = Rule::error(
    "message_ordering.not_identical",
    "With `respectOrder`, sender, destinations, platform, delivery window, campaign reference and webhooks identical in all messages.",
    SRC,
);
/// What an issue of [`NOT_IDENTICAL`] says.
pub static NOT_IDENTICAL_MSG: Msg = Msg::for_rule(
    &NOT_IDENTICAL,
    "with `respectOrder: true`, `{field}` must be identical in every message; it differs from message 0",
);
/// Suggestions before the last ordered message.
pub static SUGGESTIONS: Rule = Rule::warning(
    "message_ordering.suggestions",
    "With `respectOrder`, suggestions only on the last message (or identical on all).",
    SRC,
);
/// What an issue of [`SUGGESTIONS`] says.
pub static SUGGESTIONS_MSG: Msg = Msg::for_rule(
    &SUGGESTIONS,
    "in an ordered sequence put suggestions only on the last message (or the same on all); chips of earlier messages disappear when the next one arrives",
);
/// `stopOnFailure` with failover.
pub static STOP_ON_FAILURE_IGNORED: Rule = Rule::warning(
    "message_ordering.stop_on_failure.ignored",
    "`stopOnFailure` is ignored when a message has failover.",
    SRC,
);
/// What an issue of [`STOP_ON_FAILURE_IGNORED`] says.
pub static STOP_ON_FAILURE_IGNORED_MSG: Msg = Msg::for_rule(
    &STOP_ON_FAILURE_IGNORED,
    "`stopOnFailure` is honoured only when no message has failover",
);

/// The messages of this module, for the catalogue.
pub static MESSAGES: &[&Msg] = &[
    &COUNT_MSG,
    &FAILOVER_MSG,
    &NOT_IDENTICAL_MSG,
    &SUGGESTIONS_MSG,
    &STOP_ON_FAILURE_IGNORED_MSG,
];

/// The rules of this module.
pub static RULES: &[&Rule] = &[
    &TOO_FEW,
    &TOO_MANY,
    &FAILOVER,
    &NOT_IDENTICAL,
    &SUGGESTIONS,
    &STOP_ON_FAILURE_IGNORED,
];

/// Members that must be identical across an ordered sequence, as (object, member) pairs;
/// `None` means the message itself.
const SHARED: &[(Option<&str>, &str)] = &[
    (None, "sender"),
    (None, "destinations"),
    (Some("options"), "platform"),
    (Some("options"), "deliveryTimeWindow"),
    (Some("options"), "campaignReferenceId"),
    (Some("webhooks"), "delivery"),
    (Some("webhooks"), "contentType"),
    (Some("webhooks"), "callbackData"),
    (Some("webhooks"), "seen"),
];

fn lookup(ctx: &Ctx<'_, '_>, msg: NodeId, parent: Option<&str>, key: &str) -> Option<NodeId> {
    match parent {
        None => ctx.get(msg, key),
        Some(p) => ctx.get(msg, p).and_then(|o| ctx.get(o, key)),
    }
}

fn has_failover(ctx: &Ctx<'_, '_>, msg: NodeId) -> bool {
    ctx.get(msg, "options")
        .is_some_and(|o| ctx.get(o, "smsFailover").is_some() || ctx.get(o, "mmsFailover").is_some())
}

/// Checks an ordered sequence when `options.messageOrdering.respectOrder` is true.
fn message_ordering(ctx: &mut Ctx<'_, '_>, root: NodeId) {
    let doc = ctx.doc();
    let ordering = ctx
        .get(root, "options")
        .and_then(|o| ctx.get(o, "messageOrdering"));
    let Some(ordering) = ordering else { return };
    if ctx.get(ordering, "respectOrder").and_then(|n| doc.bool(n)) != Some(true) {
        return;
    }
    let Some(messages) = ctx.get(root, "messages") else {
        return;
    };
    let msgs: Vec<NodeId> = doc.children(messages).collect();
    let n = msgs.len();
    let limit = &limits::ORDERED_MESSAGES;
    ctx.at("messages", |c| {
        if (n as i64) < limit.min || (n as i64) > limit.max {
            let (rule, bound) = if n as i64 > limit.max {
                (&TOO_MANY, limit.max)
            } else {
                (&TOO_FEW, limit.min)
            };
            c.report_bounded(
                rule,
                bound as f64,
                n as f64,
                COUNT_MSG
                    .with("min", limit.min)
                    .with("max", limit.max)
                    .with("n", n),
            );
        }
    });
    let failovers: Vec<bool> = msgs.iter().map(|m| has_failover(ctx, *m)).collect();
    let any_failover = failovers.iter().any(|f| *f);
    for (i, f) in failovers.iter().enumerate() {
        if *f && !(n == 2 && i == 0) {
            ctx.at("messages", |c| {
                c.at_index(i, |c| {
                    c.at("options", |c| c.report(&FAILOVER, FAILOVER_MSG.message()))
                })
            });
        }
    }
    let Some(first) = msgs.first().copied() else {
        return;
    };
    for (i, msg) in msgs.iter().enumerate().skip(1) {
        for (parent, key) in SHARED {
            let a = lookup(ctx, first, *parent, key);
            let b = lookup(ctx, *msg, *parent, key);
            let same = match (a, b) {
                (None, None) => true,
                (Some(a), Some(b)) => doc.same(a, b),
                _ => false,
            };
            if !same {
                let name = match parent {
                    Some(p) => format!("{p}.{key}"),
                    None => (*key).to_string(),
                };
                ctx.at("messages", |c| {
                    c.at_index(i, |c| {
                        let msg = NOT_IDENTICAL_MSG.with("field", name.as_str());
                        match parent {
                            Some(p) if b.is_some() => {
                                c.at(p, |c| c.at(key, |c| c.report(&NOT_IDENTICAL, msg)))
                            }
                            _ if b.is_some() => c.at(key, |c| c.report(&NOT_IDENTICAL, msg)),
                            _ => c.report(&NOT_IDENTICAL, msg),
                        }
                    })
                });
            }
        }
    }
    // Suggestions only on the last message, unless identical everywhere.
    let suggestions: Vec<Option<NodeId>> = msgs
        .iter()
        .map(|m| {
            ctx.get(*m, "content")
                .and_then(|c| ctx.get(c, "suggestions"))
        })
        .collect();
    let all_same = suggestions.windows(2).all(|w| match w {
        [Some(a), Some(b)] => doc.same(*a, *b),
        [None, None] => true,
        _ => false,
    });
    if !all_same {
        for (i, s) in suggestions.iter().enumerate().take(n.saturating_sub(1)) {
            if s.is_some() {
                ctx.at("messages", |c| {
                    c.at_index(i, |c| {
                        c.at("content", |c| {
                            c.at("suggestions", |c| {
                                c.report(&SUGGESTIONS, SUGGESTIONS_MSG.message())
                            })
                        })
                    })
                });
            }
        }
    }
    let stop = ctx.get(ordering, "stopOnFailure").and_then(|n| doc.bool(n)) == Some(true);
    if stop && any_failover {
        ctx.at("options", |c| {
            c.at("messageOrdering", |c| {
                c.at("stopOnFailure", |c| {
                    c.report(
                        &STOP_ON_FAILURE_IGNORED,
                        STOP_ON_FAILURE_IGNORED_MSG.message(),
                    )
                })
            })
        });
    }
}

// ---------------------------------------------------------------- checks

/// Checks an ordered sequence when `options.messageOrdering.respectOrder` is true.
pub static MESSAGE_ORDERING_CHECK: Check = Check {
    run: message_ordering,
    rules: &[
        &TOO_FEW,
        &TOO_MANY,
        &FAILOVER,
        &NOT_IDENTICAL,
        &SUGGESTIONS,
        &STOP_ON_FAILURE_IGNORED,
    ],
};

//! Messages API destinations: `to` or `byChannel`, and `byChannel` when there is failover.

use crate::context::{Check, Ctx};
use crate::json::NodeId;
use crate::rule::Rule;

/// A destination with neither `to` nor `byChannel`, or with both.
pub static DESTINATION_FORM: Rule = Rule::error(
    "messages_api.destination.form",
    "A destination needs exactly one of `to` and `byChannel`.",
    "Infobip SDK MessagesApiToDestination / MessagesApiDestinationByChannel (the two forms)",
);

/// A message with `failover` whose destination gives `to` instead of `byChannel`.
pub static BY_CHANNEL_REQUIRED: Rule = Rule::error(
    "messages_api.destination.by_channel_required",
    "A message with `failover` needs `byChannel` destinations.",
    "Infobip SDK MessagesApiMessage (failover): \"A substitute destination must be provided for the main channel\"",
);

/// The rules of this module.
pub static RULES: &[&Rule] = &[&DESTINATION_FORM, &BY_CHANNEL_REQUIRED];

fn destination_form(ctx: &mut Ctx<'_, '_>, node: NodeId) {
    let to = ctx.get(node, "to").is_some();
    let by = ctx.get(node, "byChannel").is_some();
    if to == by {
        let message = if to {
            "both `to` and `byChannel`: give the recipient one way, `to` for RCS only or `byChannel` per channel"
        } else {
            "no recipient: add `to` (a phone number) or `byChannel` ([{\"channel\":\"RCS\",\"to\":...}])"
        };
        ctx.report(&DESTINATION_FORM, message.into());
    }
}

fn failover_destinations(ctx: &mut Ctx<'_, '_>, node: NodeId) {
    let has_failover = ctx
        .get(node, "failover")
        .is_some_and(|f| ctx.doc().children(f).next().is_some());
    if !has_failover {
        return;
    }
    let Some(list) = ctx.get(node, "destinations") else {
        return;
    };
    let plain: Vec<usize> = ctx
        .doc()
        .children(list)
        .enumerate()
        .filter(|(_, d)| ctx.get(*d, "to").is_some() && ctx.get(*d, "byChannel").is_none())
        .map(|(i, _)| i)
        .collect();
    for i in plain {
        ctx.at("destinations", |c| {
            c.at_index(i, |c| {
                c.report(
                    &BY_CHANNEL_REQUIRED,
                    "this message has failover, so the destination must say the recipient per channel: write `byChannel: [{\"channel\":\"RCS\",\"to\":...}, {\"channel\":\"SMS\",\"to\":...}]` instead of `to`".into(),
                )
            })
        });
    }
}

/// `to` or `byChannel`.
pub static DESTINATION_CHECK: Check = Check {
    run: destination_form,
    rules: &[&DESTINATION_FORM],
};

/// `byChannel` when the message has failover.
pub static FAILOVER_DESTINATION_CHECK: Check = Check {
    run: failover_destinations,
    rules: &[&BY_CHANNEL_REQUIRED],
};

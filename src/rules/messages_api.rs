//! Messages API destinations (`to` or `byChannel`, and `byChannel` when there is
//! failover) and the adaptation warnings: what `adaptationMode` degrades for RCS.

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

/// Something of the body that RCS cannot show as written, which Infobip's
/// `adaptationMode` (default true) maps "as best effort" without saying how. Advice
/// (`Options::advice`, `--advice`): a body that uses a rich link or a carousel is not
/// wrong, and the stand-in's `/validate` lists these as skippable violations.
pub static ADAPTATION: Rule = Rule::warning(
    "messages_api.adaptation.degraded",
    "A part of the body RCS cannot show as written: with `adaptationMode` (the default) Infobip adapts it silently, without it the message may be refused.",
    "Infobip SDK MessagesApiMessageOptions.adaptationMode (\"If channel does not fully support message to be sent, we will try to map it as best effort\"); what RCS lacks inferred from the RCS API's shapes (infobip-next.md 2.2)",
)
.advice();

/// A SEEN event without `messageId`.
pub static SEEN_MESSAGE_ID: Rule = Rule::error(
    "messages_api.event.message_id.required",
    "A SEEN event needs `messageId`, the id of the message to mark as seen.",
    "Infobip SDK MessagesApiOutboundSeenEvent.messageId (\"ID of the message that should be marked as seen\", required)",
);

/// A typing event with `messageId`, which only SEEN has.
pub static TYPING_MESSAGE_ID: Rule = Rule::warning(
    "messages_api.event.message_id.unused",
    "A TYPING_STARTED or TYPING_STOPPED event with `messageId`, a member only SEEN has: it is not a field of the typing events.",
    "Infobip SDK MessagesApiOutboundTypingStartedEvent / ...TypingStoppedEvent (no messageId)",
);

/// The rules of this module.
pub static RULES: &[&Rule] = &[
    &DESTINATION_FORM,
    &BY_CHANNEL_REQUIRED,
    &ADAPTATION,
    &SEEN_MESSAGE_ID,
    &TYPING_MESSAGE_ID,
];

/// What RCS lacks, by body type: the member of the body (`None`: the body itself) and
/// what becomes of it. One row per case; [`adaptation`] reports each that applies.
const DEGRADED: &[(&str, Option<&str>, &str)] = &[
    ("IMAGE", Some("text"), "an RCS file has no caption: the text is dropped or sent as a message of its own"),
    ("VIDEO", Some("text"), "an RCS file has no caption: the text is dropped or sent as a message of its own"),
    ("DOCUMENT", Some("text"), "an RCS file has no caption: the text is dropped or sent as a message of its own"),
    ("DOCUMENT", Some("filename"), "an RCS file has no file name: the phone shows the name in the URL"),
    ("RICH_LINK", None, "RCS has no rich link: it becomes a rich card (media, text as its description), the link a button; how is not documented"),
    ("CAROUSEL", None, "an RCS carousel has a card width, which the Messages API cannot give: Infobip picks one"),
];

/// Reports the rows of [`DEGRADED`] that apply to a message, and a carousel card's
/// `cardOptions.orientation` / `alignment` (RCS sets them for a single card only).
fn adaptation(ctx: &mut Ctx<'_, '_>, message: NodeId) {
    let adapting = ctx
        .get(message, "options")
        .and_then(|o| ctx.get(o, "adaptationMode"))
        .and_then(|a| ctx.doc().bool(a))
        .unwrap_or(true);
    let then = if adapting {
        "adaptationMode adapts it"
    } else {
        "adaptationMode is false, so Infobip may refuse the message instead"
    };
    let Some(body) = ctx.get(message, "content").and_then(|c| ctx.get(c, "body")) else {
        return;
    };
    let Some(ty) = ctx.get_str(body, "type") else {
        return;
    };
    for (_, member, what) in DEGRADED.iter().filter(|(t, _, _)| *t == ty) {
        let message = format!("{what} ({then})");
        match member {
            None => ctx.report_in(&["content", "body"], &ADAPTATION, message, None),
            Some(m) if ctx.get(body, m).is_some() => {
                ctx.report_in(&["content", "body", m], &ADAPTATION, message, None)
            }
            Some(_) => {}
        }
    }
    if ty != "CAROUSEL" {
        return;
    }
    let Some(cards) = ctx.get(body, "cards") else {
        return;
    };
    let placed: Vec<usize> = ctx
        .doc()
        .children(cards)
        .enumerate()
        .filter(|(_, card)| {
            ctx.get(*card, "body")
                .and_then(|b| ctx.get(b, "cardOptions"))
                .is_some_and(|o| {
                    ctx.get(o, "orientation").is_some() || ctx.get(o, "alignment").is_some()
                })
        })
        .map(|(i, _)| i)
        .collect();
    for i in placed {
        ctx.at("content", |c| {
            c.at("body", |c| {
                c.at("cards", |c| {
                    c.at_index(i, |c| {
                        c.report_in(
                            &["body", "cardOptions"],
                            &ADAPTATION,
                            format!("the cards of an RCS carousel have no orientation or alignment of their own: they are dropped ({then})"),
                            None,
                        )
                    })
                })
            })
        });
    }
}

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

fn event_message_id(ctx: &mut Ctx<'_, '_>, node: NodeId) {
    let Some(event) = ctx.get_str(node, "event") else {
        return;
    };
    let has_id = ctx.get(node, "messageId").is_some();
    match (&*event, has_id) {
        ("SEEN", false) => ctx.report(
            &SEEN_MESSAGE_ID,
            "a SEEN event marks one message as seen: add `messageId`, the id of the message the user sent".into(),
        ),
        ("TYPING_STARTED" | "TYPING_STOPPED", true) => ctx.report_in(
            &["messageId"],
            &TYPING_MESSAGE_ID,
            format!("`messageId` is a member of SEEN events only: a {event} event has none; remove it"),
            None,
        ),
        _ => {}
    }
}

/// SEEN needs `messageId`; the typing events have none.
pub static EVENT_MESSAGE_ID_CHECK: Check = Check {
    run: event_message_id,
    rules: &[&SEEN_MESSAGE_ID, &TYPING_MESSAGE_ID],
};

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

/// What `adaptationMode` degrades for RCS.
pub static ADAPTATION_CHECK: Check = Check {
    run: adaptation,
    rules: &[&ADAPTATION],
};

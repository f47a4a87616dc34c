//! Messages API destinations (`to` or `byChannel`, and `byChannel` when there is
//! failover) and the adaptation warnings: what `adaptationMode` degrades for RCS.

use crate::context::{Check, Ctx};
use crate::json::NodeId;
use crate::message::Msg;
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

/// [`DESTINATION_FORM`] when both forms are given.
pub static DESTINATION_BOTH_MSG: Msg = Msg::new(
    "messages_api.destination.both",
    "both `to` and `byChannel`: give the recipient one way, `to` for RCS only or `byChannel` per channel",
);
/// [`DESTINATION_FORM`] when neither form is given.
pub static DESTINATION_NONE_MSG: Msg = Msg::new(
    "messages_api.destination.none",
    "no recipient: add `to` (a phone number) or `byChannel` ([{{\"channel\":\"RCS\",\"to\":...}}])",
);
/// What an issue of [`BY_CHANNEL_REQUIRED`] says.
pub static BY_CHANNEL_REQUIRED_MSG: Msg = Msg::for_rule(
    &BY_CHANNEL_REQUIRED,
    "this message has failover, so the destination must say the recipient per channel: write `byChannel: [{{\"channel\":\"RCS\",\"to\":...}}, {{\"channel\":\"SMS\",\"to\":...}}]` instead of `to`",
);
/// What an issue of [`ADAPTATION`] says: what becomes of the part (`what`) and what
/// `adaptationMode` does about it (`then`).
pub static ADAPTATION_MSG: Msg = Msg::for_rule(&ADAPTATION, "{what} ({then})");
/// `then` of [`ADAPTATION_MSG`] with `adaptationMode` on (the default).
pub static ADAPTING_MSG: Msg = Msg::new("messages_api.adaptation.on", "adaptationMode adapts it");
/// `then` of [`ADAPTATION_MSG`] with `adaptationMode: false`.
pub static NOT_ADAPTING_MSG: Msg = Msg::new(
    "messages_api.adaptation.off",
    "adaptationMode is false, so Infobip may refuse the message instead",
);
/// `what` of [`ADAPTATION_MSG`]: a file's text.
pub static NO_CAPTION_MSG: Msg = Msg::new(
    "messages_api.adaptation.no_caption",
    "an RCS file has no caption: the text is dropped or sent as a message of its own",
);
/// `what` of [`ADAPTATION_MSG`]: a document's file name.
pub static NO_FILENAME_MSG: Msg = Msg::new(
    "messages_api.adaptation.no_filename",
    "an RCS file has no file name: the phone shows the name in the URL",
);
/// `what` of [`ADAPTATION_MSG`]: a rich link.
pub static NO_RICH_LINK_MSG: Msg = Msg::new(
    "messages_api.adaptation.no_rich_link",
    "RCS has no rich link: it becomes a rich card (media, text as its description), the link a button; how is not documented",
);
/// `what` of [`ADAPTATION_MSG`]: a carousel's card width.
pub static CARD_WIDTH_MSG: Msg = Msg::new(
    "messages_api.adaptation.card_width",
    "an RCS carousel has a card width, which the Messages API cannot give: Infobip picks one",
);
/// `what` of [`ADAPTATION_MSG`]: a carousel card's orientation or alignment.
pub static CARD_OPTIONS_MSG: Msg = Msg::new(
    "messages_api.adaptation.card_options",
    "the cards of an RCS carousel have no orientation or alignment of their own: they are dropped",
);

/// What an issue of [`SEEN_MESSAGE_ID`] says.
pub static SEEN_MESSAGE_ID_MSG: Msg = Msg::for_rule(
    &SEEN_MESSAGE_ID,
    "a SEEN event marks one message as seen: add `messageId`, the id of the message the user sent",
);
/// What an issue of [`TYPING_MESSAGE_ID`] says (`event`: TYPING_STARTED or TYPING_STOPPED).
pub static TYPING_MESSAGE_ID_MSG: Msg = Msg::for_rule(
    &TYPING_MESSAGE_ID,
    "`messageId` is a member of SEEN events only: a {event} event has none; remove it",
);

/// The messages of this module, for the catalogue (keys beginning `messages_api.`, which
/// the npm package leaves out with the profile).
pub static MESSAGES: &[&Msg] = &[
    &DESTINATION_BOTH_MSG,
    &DESTINATION_NONE_MSG,
    &BY_CHANNEL_REQUIRED_MSG,
    &ADAPTATION_MSG,
    &ADAPTING_MSG,
    &NOT_ADAPTING_MSG,
    &NO_CAPTION_MSG,
    &NO_FILENAME_MSG,
    &NO_RICH_LINK_MSG,
    &CARD_WIDTH_MSG,
    &CARD_OPTIONS_MSG,
    &SEEN_MESSAGE_ID_MSG,
    &TYPING_MESSAGE_ID_MSG,
];

/// What RCS lacks, by body type: the member of the body (`None`: the body itself) and
/// what becomes of it. One row per case; [`adaptation`] reports each that applies.
const DEGRADED: &[(&str, Option<&str>, &Msg)] = &[
    ("IMAGE", Some("text"), &NO_CAPTION_MSG),
    ("VIDEO", Some("text"), &NO_CAPTION_MSG),
    ("DOCUMENT", Some("text"), &NO_CAPTION_MSG),
    ("DOCUMENT", Some("filename"), &NO_FILENAME_MSG),
    ("RICH_LINK", None, &NO_RICH_LINK_MSG),
    ("CAROUSEL", None, &CARD_WIDTH_MSG),
];

/// Reports the rows of [`DEGRADED`] that apply to a message, and a carousel card's
/// `cardOptions.orientation` / `alignment` (RCS sets them for a single card only).
fn adaptation(ctx: &mut Ctx<'_, '_>, message: NodeId) {
    let adapting = ctx
        .get(message, "options")
        .and_then(|o| ctx.get(o, "adaptationMode"))
        .and_then(|a| ctx.doc().bool(a))
        .unwrap_or(true);
    let then: &'static Msg = if adapting {
        &ADAPTING_MSG
    } else {
        &NOT_ADAPTING_MSG
    };
    let Some(body) = ctx.get(message, "content").and_then(|c| ctx.get(c, "body")) else {
        return;
    };
    let Some(ty) = ctx.get_str(body, "type") else {
        return;
    };
    for (_, member, what) in DEGRADED.iter().filter(|(t, _, _)| *t == ty) {
        let message = ADAPTATION_MSG
            .with("what", what.message())
            .with("then", then.message());
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
                            ADAPTATION_MSG
                                .with("what", CARD_OPTIONS_MSG.message())
                                .with("then", then.message()),
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
            &DESTINATION_BOTH_MSG
        } else {
            &DESTINATION_NONE_MSG
        };
        ctx.report(&DESTINATION_FORM, message.message());
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
                c.report(&BY_CHANNEL_REQUIRED, BY_CHANNEL_REQUIRED_MSG.message())
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
        ("SEEN", false) => ctx.report(&SEEN_MESSAGE_ID, SEEN_MESSAGE_ID_MSG.message()),
        ("TYPING_STARTED" | "TYPING_STOPPED", true) => ctx.report_in(
            &["messageId"],
            &TYPING_MESSAGE_ID,
            TYPING_MESSAGE_ID_MSG.with("event", &*event),
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

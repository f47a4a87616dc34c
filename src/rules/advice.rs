//! Advice beyond the API's rules (`Options::advice`): how iPhones and Android
//! notifications render a message (Infobip's and Google's platform guidance), and whether
//! the SMS failover text is long or loses the rich message's links. Warnings (the
//! rendering ones errors in strict mode), each citing its source.

use crate::context::{Check, Ctx};
use crate::json::NodeId;
use crate::limits;
use crate::message::Msg;
use crate::report::clip;
use crate::rule::Rule;

const GUIDANCE: &str =
    "Infobip, RCS behaviors and guidance: https://www.infobip.com/docs/rcs/behaviors-and-guidance";
const GUIDANCE_IOS: &str = "Infobip, RCS behaviors and guidance (troubleshooting, iOS 18.5 and iOS 26): https://www.infobip.com/docs/rcs/behaviors-and-guidance";

/// iPhones show one card height.
pub static MEDIA_HEIGHT_IOS: Rule = Rule::warning(
    "media.height.ios",
    "iPhones show every card at one height (`--advice`).",
    GUIDANCE,
)
.advice()
.strict();
/// What an issue of [`MEDIA_HEIGHT_IOS`] says.
pub static MEDIA_HEIGHT_IOS_MSG: Msg = Msg::for_rule(
    &MEDIA_HEIGHT_IOS,
    "iPhones show every card at one height, so {height} looks like MEDIUM there (Infobip: RCS behaviors and guidance)",
);
/// iPhones show GIFs as still images.
pub static GIF_IOS: Rule = Rule::warning(
    "media.file.gif_ios",
    "iPhones show GIFs as still images (`--advice`).",
    GUIDANCE,
)
.advice()
.strict();
/// What an issue of [`TEXT_LINKS_IOS`] says of one link that does not end the text.
pub static TEXT_LINK_NOT_LAST_MSG: Msg = Msg::new(
    "text.links_ios.not_last",
    "iPhones may not make a link clickable unless it ends the message: move it to the end",
);
/// What an issue of [`NOTIFICATION_ANDROID`] says when only share-location requests are
/// suggested.
pub static NOTIFICATION_NONE_MSG: Msg = Msg::new(
    "notification.android.none",
    "the Android notification shows no suggestion: it never shows a share-location request",
);
/// What an issue of [`CARD_REPLIES_IOS`] says.
pub static CARD_REPLIES_IOS_MSG: Msg = Msg::for_rule(
    &CARD_REPLIES_IOS,
    "{n} suggested replies in a card: iPhones show {max} uncropped",
);
/// What an issue of [`CARD_ACTIONS_IOS`] says.
pub static CARD_ACTIONS_IOS_MSG: Msg = Msg::for_rule(
    &CARD_ACTIONS_IOS,
    "{n} calls to action in a card: iPhones show {max} uncropped",
);

/// What an issue of [`GIF_IOS`] says.
pub static GIF_IOS_MSG: Msg = Msg::for_rule(
    &GIF_IOS,
    "iPhones show a GIF as a still image, without animation (Infobip: RCS behaviors and guidance)",
);
/// A link written in a card's description.
pub static CARD_LINK: Rule = Rule::warning(
    "card.description.url_not_clickable",
    "A link written in a card's description is not clickable on Android or iOS: use an OPEN_URL suggestion (`--advice`).",
    GUIDANCE,
)
.advice()
.strict();
/// What an issue of [`CARD_LINK`] says.
pub static CARD_LINK_MSG: Msg = Msg::for_rule(
    &CARD_LINK,
    "a link in a card's description is not clickable (Android, iOS): add an OPEN_URL suggestion",
);
/// A code (OTP) in a card's text.
pub static CARD_OTP_IOS: Rule = Rule::warning(
    "card.text.otp_not_copyable",
    "iPhones cannot copy a code (OTP) from a card's title or description: send it as TEXT (`--advice`). Heuristic: a run of 4 to 8 digits with \"code\", \"OTP\", \"verif\", \"password\" or \"one-time\" (any case) in the 40 characters (UTF-8 bytes) before or after it.",
    GUIDANCE_IOS,
)
.advice()
.strict();
/// What an issue of [`CARD_OTP_IOS`] says.
pub static CARD_OTP_IOS_MSG: Msg = Msg::for_rule(
    &CARD_OTP_IOS,
    "iPhones cannot copy a code from a card: send it as TEXT",
);
/// A horizontal card.
pub static HORIZONTAL_IOS: Rule = Rule::warning(
    "card.orientation.horizontal_ios",
    "iPhones truncate the image of a HORIZONTAL card and show its video vertically (`--advice`).",
    GUIDANCE_IOS,
)
.advice()
.strict();
/// What an issue of [`HORIZONTAL_IOS`] says.
pub static HORIZONTAL_IOS_MSG: Msg = Msg::for_rule(
    &HORIZONTAL_IOS,
    "iPhones truncate a HORIZONTAL card's image and show its video vertically: use VERTICAL",
);
/// More than one link in a text, or a link before the end.
pub static TEXT_LINKS_IOS: Rule = Rule::warning(
    "text.links.ios",
    "iPhones make one link per text clickable, and only as its last element (`--advice`).",
    GUIDANCE_IOS,
)
.advice()
.strict();
/// What an issue of [`TEXT_LINKS_IOS`] says.
pub static TEXT_LINKS_MANY_MSG: Msg = Msg::new(
    "text.links_ios.many",
    "{n} links: iPhones make only one per message clickable, the last element",
);
/// More replies in a card than iPhones show.
pub static CARD_REPLIES_IOS: Rule = Rule::warning(
    "card.suggestions.ios_replies",
    "More suggested replies in a card than iPhones show uncropped (`--advice`).",
    limits::IOS_CARD_REPLIES.source,
)
.bounded(&limits::IOS_CARD_REPLIES)
.advice()
.strict();
/// More actions in a card than iPhones show.
pub static CARD_ACTIONS_IOS: Rule = Rule::warning(
    "card.suggestions.ios_actions",
    "More calls to action in a card than the single one iPhones show uncropped (`--advice`).",
    limits::IOS_CARD_ACTIONS.source,
)
.bounded(&limits::IOS_CARD_ACTIONS)
.advice()
.strict();
/// A carousel that iPhones crop.
pub static CAROUSEL_WIDTH_IOS: Rule = Rule::warning(
    "carousel.card_width.ios_crop",
    "iPhones crop a carousel's cards unless they are MEDIUM width with MEDIUM media (`--advice`).",
    GUIDANCE_IOS,
)
.advice()
.strict();
/// What an issue of [`CAROUSEL_WIDTH_IOS`] says.
pub static CAROUSEL_WIDTH_IOS_MSG: Msg = Msg::for_rule(
    &CAROUSEL_WIDTH_IOS,
    "iPhones crop SMALL carousel cards: use MEDIUM width with MEDIUM media",
);
/// Which suggestion an Android notification shows.
pub static NOTIFICATION_ANDROID: Rule = Rule::warning(
    "content.suggestions.android_notification",
    "An Android notification shows only the first eligible suggestion, never a share-location request (`--advice`).",
    "Google RBM latest releases, 2026-11-13: https://developers.google.com/business-communications/rcs-business-messaging/whats-new/latest-releases",
)
.advice()
.strict();
/// What an issue of [`NOTIFICATION_ANDROID`] says.
pub static NOTIFICATION_NOT_SHARE_MSG: Msg = Msg::new(
    "notification.android.not_share_location",
    "the Android notification never shows a share-location request: it shows \"{label}\"",
);
/// What an issue of [`NOTIFICATION_ANDROID`] says.
pub static NOTIFICATION_FIRST_MSG: Msg = Msg::new(
    "notification.android.first",
    "the Android notification shows only \"{label}\", the first suggestion",
);
/// A long failover SMS.
pub static SMS_PARTS: Rule = Rule::warning(
    "sms_failover.text.parts",
    "The failover SMS takes more parts than advised (`--advice`).",
    limits::SMS_PARTS.source,
)
.bounded(&limits::SMS_PARTS)
.advice();
/// What an issue of [`SMS_PARTS`] says.
pub static SMS_PARTS_MSG: Msg = Msg::for_rule(
    &SMS_PARTS,
    "the failover SMS takes {parts} parts ({units} {encoding}, {per_part} per part): shorten it to save {excess} SMS",
);
/// A failover SMS that drops a link.
pub static SMS_MISSING_LINK: Rule = Rule::warning(
    "sms_failover.text.missing_link",
    "The failover SMS leaves out a link of the RCS message (`--advice`).",
    "rcs-kit advice: a link the RCS message offers should survive in the SMS",
)
.advice();
/// What an issue of [`SMS_MISSING_LINK`] says.
pub static SMS_MISSING_LINK_MSG: Msg = Msg::for_rule(
    &SMS_MISSING_LINK,
    "the failover SMS leaves out {url}, which the RCS message links to",
);

/// The messages of this module, for the catalogue.
pub static MESSAGES: &[&Msg] = &[
    &MEDIA_HEIGHT_IOS_MSG,
    &TEXT_LINK_NOT_LAST_MSG,
    &NOTIFICATION_NONE_MSG,
    &CARD_REPLIES_IOS_MSG,
    &CARD_ACTIONS_IOS_MSG,
    &GIF_IOS_MSG,
    &CARD_LINK_MSG,
    &CARD_OTP_IOS_MSG,
    &HORIZONTAL_IOS_MSG,
    &TEXT_LINKS_MANY_MSG,
    &CAROUSEL_WIDTH_IOS_MSG,
    &NOTIFICATION_NOT_SHARE_MSG,
    &NOTIFICATION_FIRST_MSG,
    &SMS_PARTS_MSG,
    &SMS_MISSING_LINK_MSG,
];

/// The rules of this module.
pub static RULES: &[&Rule] = &[
    &MEDIA_HEIGHT_IOS,
    &GIF_IOS,
    &CARD_LINK,
    &CARD_OTP_IOS,
    &HORIZONTAL_IOS,
    &TEXT_LINKS_IOS,
    &CARD_REPLIES_IOS,
    &CARD_ACTIONS_IOS,
    &CAROUSEL_WIDTH_IOS,
    &NOTIFICATION_ANDROID,
    &SMS_PARTS,
    &SMS_MISSING_LINK,
];

/// Punctuation that ends a sentence after a link, not part of it.
const AFTER_LINK: [char; 10] = ['.', ',', ')', ']', '>', '"', '\'', ';', '!', '?'];

/// The http(s) links of a text, each without the brackets or quotes around it and the
/// punctuation that ends a sentence; `www.` counts too when `www` is set.
fn links(text: &str, www: bool) -> impl Iterator<Item = &str> {
    text.split(char::is_whitespace)
        .map(|w| w.trim_start_matches(['(', '[', '<', '"', '\'']))
        .filter(move |w| {
            w.starts_with("https://") || w.starts_with("http://") || (www && w.starts_with("www."))
        })
        .map(|w| w.trim_end_matches(AFTER_LINK))
}

/// Whether a text holds a code (a one-time password): a run of 4 to 8 ASCII digits with
/// "code", "otp", "verif", "password" or "one-time" (any case) in the 40 bytes before or
/// after it.
fn has_code(text: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    let b = lower.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let run = b
            .get(i..)
            .unwrap_or_default()
            .iter()
            .take_while(|c| c.is_ascii_digit())
            .count();
        if (4..=8).contains(&run) {
            let near = b
                .get(i.saturating_sub(40)..(i + run + 40).min(b.len()))
                .unwrap_or_default();
            if ["code", "otp", "verif", "password", "one-time"]
                .iter()
                .any(|k| near.windows(k.len()).any(|w| w == k.as_bytes()))
            {
                return true;
            }
        }
        i += run.max(1);
    }
    false
}

/// On a card's media: iOS renders one card height and GIFs as still images (Infobip,
/// "RCS behaviors and guidance": https://www.infobip.com/docs/rcs/behaviors-and-guidance).
fn ios_media(ctx: &mut Ctx<'_, '_>, node: NodeId) {
    if !ctx.options().advice {
        return;
    }
    if let Some(h) = ctx.get_str(node, "height").filter(|h| h != "MEDIUM") {
        ctx.report_in(
            &["height"],
            &MEDIA_HEIGHT_IOS,
            MEDIA_HEIGHT_IOS_MSG.with("height", h.as_ref()),
            None,
        );
    }
    let gif = ctx
        .get(node, "file")
        .and_then(|f| ctx.get_str(f, "url"))
        .is_some_and(|u| {
            let path = crate::format::before_any(&u, crate::format::QUERY_OR_FRAGMENT).as_bytes();
            path.get(path.len().saturating_sub(4)..)
                .is_some_and(|ext| ext.eq_ignore_ascii_case(b".gif"))
        });
    if gif {
        ctx.report_in(&["file", "url"], &GIF_IOS, GIF_IOS_MSG.message(), None);
    }
}

/// On a message: the SMS failover text's parts, and links of OPEN_URL suggestions it
/// leaves out.
fn sms_failover(ctx: &mut Ctx<'_, '_>, message: NodeId) {
    if !ctx.options().advice {
        return;
    }
    let Some(text) = ctx
        .get(message, "options")
        .and_then(|o| ctx.get(o, "smsFailover"))
        .and_then(|f| ctx.get_str(f, "text"))
    else {
        return;
    };
    let count = crate::sms::count(&text);
    let limit = &limits::SMS_PARTS;
    let doc = ctx.doc();
    let derived = crate::sms::failover_text(doc, message).unwrap_or_default();
    // Every http(s) link of the rich message (its text, cards and OPEN_URL chips) that
    // the failover text does not contain.
    let sent: Vec<&str> = links(&text, false).collect();
    let mut missing: Vec<&str> = Vec::new();
    for l in links(&derived, false) {
        if !sent.contains(&l) && !missing.contains(&l) {
            missing.push(l);
        }
    }
    const AT: &[&str] = &["options", "smsFailover", "text"];
    if count.parts as i64 > limit.max {
        ctx.report_in(
            AT,
            &SMS_PARTS,
            SMS_PARTS_MSG
                .with("parts", count.parts)
                .with("units", count.units)
                .with("encoding", count.encoding.name())
                .with("per_part", count.per_part)
                .with("excess", count.parts as i64 - limit.max),
            Some((limit.max as f64, count.parts as f64)),
        );
    }
    for url in missing {
        ctx.report_in(
            AT,
            &SMS_MISSING_LINK,
            SMS_MISSING_LINK_MSG.with("url", url),
            None,
        );
    }
}

/// On a card (CARD `content`, CAROUSEL `contents[]`): links and codes in its text, and
/// more suggestions than iPhones show.
fn card_body(ctx: &mut Ctx<'_, '_>, card: NodeId) {
    if !ctx.options().advice {
        return;
    }
    for field in ["title", "description"] {
        let Some(text) = ctx.get_str(card, field) else {
            continue;
        };
        if field == "description" && links(&text, true).next().is_some() {
            ctx.report_in(&["description"], &CARD_LINK, CARD_LINK_MSG.message(), None);
        }
        if has_code(&text) {
            ctx.report_in(&[field], &CARD_OTP_IOS, CARD_OTP_IOS_MSG.message(), None);
        }
    }
    let doc = ctx.doc();
    let Some(list) = ctx.get(card, "suggestions") else {
        return;
    };
    let replies = doc
        .children(list)
        .filter(|s| ctx.get_str(*s, "type").is_some_and(|t| t == "REPLY"))
        .count();
    let actions = doc.len(list).saturating_sub(replies);
    for (rule, limit, n, message) in [
        (
            &CARD_REPLIES_IOS,
            &limits::IOS_CARD_REPLIES,
            replies,
            &CARD_REPLIES_IOS_MSG,
        ),
        (
            &CARD_ACTIONS_IOS,
            &limits::IOS_CARD_ACTIONS,
            actions,
            &CARD_ACTIONS_IOS_MSG,
        ),
    ] {
        if n as i64 > limit.max {
            ctx.report_in(
                &["suggestions"],
                rule,
                message.with("n", n).with("max", limit.max),
                Some((limit.max as f64, n as f64)),
            );
        }
    }
}

/// On a CARD: iPhones truncate a horizontal card's image and show its video vertically.
fn card(ctx: &mut Ctx<'_, '_>, node: NodeId) {
    if ctx.options().advice
        && ctx
            .get_str(node, "orientation")
            .is_some_and(|o| o == "HORIZONTAL")
    {
        ctx.report_in(
            &["orientation"],
            &HORIZONTAL_IOS,
            HORIZONTAL_IOS_MSG.message(),
            None,
        );
    }
}

/// On a CAROUSEL: iPhones crop SMALL cards.
fn carousel(ctx: &mut Ctx<'_, '_>, node: NodeId) {
    if ctx.options().advice && ctx.get_str(node, "cardWidth").is_some_and(|w| w == "SMALL") {
        ctx.report_in(
            &["cardWidth"],
            &CAROUSEL_WIDTH_IOS,
            CAROUSEL_WIDTH_IOS_MSG.message(),
            None,
        );
    }
}

/// On TEXT: iPhones make one link clickable, and only as the text's last element.
fn text(ctx: &mut Ctx<'_, '_>, node: NodeId) {
    if !ctx.options().advice {
        return;
    }
    let Some(text) = ctx.get_str(node, "text") else {
        return;
    };
    let found: Vec<&str> = links(&text, false).collect();
    let message = match found.as_slice() {
        [] => return,
        [one] => {
            if text.trim_end().trim_end_matches(AFTER_LINK).ends_with(one) {
                return;
            }
            TEXT_LINK_NOT_LAST_MSG.message()
        }
        many => TEXT_LINKS_MANY_MSG.with("n", many.len()),
    };
    ctx.report_in(&["text"], &TEXT_LINKS_IOS, message, None);
}

/// On content with suggestions: which one an Android notification shows (the first that
/// is not a share-location request).
fn notification(ctx: &mut Ctx<'_, '_>, node: NodeId) {
    if !ctx.options().advice {
        return;
    }
    let Some(list) = ctx.get(node, "suggestions") else {
        return;
    };
    let doc = ctx.doc();
    let first = doc.children(list).next();
    let location = |s: NodeId| {
        ctx.get_str(s, "type")
            .is_some_and(|t| t == "REQUEST_LOCATION")
    };
    let shown = doc.children(list).find(|s| !location(*s));
    let label = |s: NodeId| clip(&ctx.get_str(s, "text").unwrap_or_default());
    let message = match (first, shown) {
        (Some(f), Some(s)) if f == s => {
            if doc.len(list) < 2 {
                return;
            }
            NOTIFICATION_FIRST_MSG.with("label", label(s))
        }
        (Some(_), Some(s)) => NOTIFICATION_NOT_SHARE_MSG.with("label", label(s)),
        (Some(_), None) => NOTIFICATION_NONE_MSG.message(),
        (None, _) => return,
    };
    ctx.report_in(&["suggestions"], &NOTIFICATION_ANDROID, message, None);
}

// ---------------------------------------------------------------- checks

/// On a card's media: iOS renders one card height and GIFs as still images (Infobip,
/// "RCS behaviors and guidance": https://www.infobip.com/docs/rcs/behaviors-and-guidance).
pub static IOS_MEDIA_CHECK: Check = Check {
    run: ios_media,
    rules: &[&MEDIA_HEIGHT_IOS, &GIF_IOS],
};

/// On a message: the SMS failover text's parts, and links of OPEN_URL suggestions it
/// leaves out.
pub static SMS_FAILOVER_CHECK: Check = Check {
    run: sms_failover,
    rules: &[&SMS_PARTS, &SMS_MISSING_LINK],
};

/// On a card: links and codes in its text, and more suggestions than iPhones show.
pub static CARD_BODY_CHECK: Check = Check {
    run: card_body,
    rules: &[
        &CARD_LINK,
        &CARD_OTP_IOS,
        &CARD_REPLIES_IOS,
        &CARD_ACTIONS_IOS,
    ],
};

/// On a CARD: iPhones truncate a horizontal card.
pub static CARD_CHECK: Check = Check {
    run: card,
    rules: &[&HORIZONTAL_IOS],
};

/// On a CAROUSEL: iPhones crop SMALL cards.
pub static CAROUSEL_CHECK: Check = Check {
    run: carousel,
    rules: &[&CAROUSEL_WIDTH_IOS],
};

/// On TEXT: one link, at the end.
pub static TEXT_CHECK: Check = Check {
    run: text,
    rules: &[&TEXT_LINKS_IOS],
};

/// On content with suggestions: the one an Android notification shows.
pub static NOTIFICATION_CHECK: Check = Check {
    run: notification,
    rules: &[&NOTIFICATION_ANDROID],
};

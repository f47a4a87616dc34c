//! Advice beyond the API's rules (`Options::advice`): how iPhones render, and whether the
//! SMS failover text is long or loses the rich message's links. Warnings (errors in
//! strict mode), each citing its source.

use crate::context::{Check, Ctx};
use crate::json::NodeId;
use crate::limits;
use crate::rule::Rule;

const GUIDANCE: &str =
    "Infobip, RCS behaviors and guidance: https://www.infobip.com/docs/rcs/behaviors-and-guidance";

/// iPhones show one card height.
pub static MEDIA_HEIGHT_IOS: Rule = Rule::warning(
    "media.height.ios",
    "iPhones show every card at one height (`--advice`).",
    GUIDANCE,
)
.advice()
.strict();
/// iPhones show GIFs as still images.
pub static GIF_IOS: Rule = Rule::warning(
    "media.file.gif_ios",
    "iPhones show GIFs as still images (`--advice`).",
    GUIDANCE,
)
.advice()
.strict();
/// A long failover SMS.
pub static SMS_PARTS: Rule = Rule::warning(
    "sms_failover.text.parts",
    "The failover SMS takes more parts than advised (`--advice`).",
    limits::SMS_PARTS.source,
)
.bounded(&limits::SMS_PARTS)
.advice();
/// A failover SMS that drops a link.
pub static SMS_MISSING_LINK: Rule = Rule::warning(
    "sms_failover.text.missing_link",
    "The failover SMS leaves out a link of the RCS message (`--advice`).",
    "rcs-kit advice: a link the RCS message offers should survive in the SMS",
)
.advice();

/// The rules of this module.
pub static RULES: &[&Rule] = &[&MEDIA_HEIGHT_IOS, &GIF_IOS, &SMS_PARTS, &SMS_MISSING_LINK];

/// On a card's media: iOS renders one card height and GIFs as still images (Infobip,
/// "RCS behaviors and guidance": https://www.infobip.com/docs/rcs/behaviors-and-guidance).
fn ios_media(ctx: &mut Ctx<'_, '_>, node: NodeId) {
    if !ctx.options().advice {
        return;
    }
    if let Some(h) = ctx.get_str(node, "height").filter(|h| h != "MEDIUM") {
        ctx.at("height", |c| {
            c.report(
                &MEDIA_HEIGHT_IOS,
                format!("iPhones show every card at one height, so {h} looks like MEDIUM there (Infobip: RCS behaviors and guidance)"),
            )
        });
    }
    let gif = ctx
        .get(node, "file")
        .and_then(|f| ctx.get_str(f, "url"))
        .is_some_and(|u| {
            u.split(['?', '#'])
                .next()
                .unwrap_or_default()
                .to_ascii_lowercase()
                .ends_with(".gif")
        });
    if gif {
        ctx.at("file", |c| {
            c.at("url", |c| {
                c.report(
                    &GIF_IOS,
                    "iPhones show a GIF as a still image, without animation (Infobip: RCS behaviors and guidance)".into(),
                )
            })
        });
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
    let links = |t: &str| -> Vec<String> {
        t.split(char::is_whitespace)
            .filter(|w| w.starts_with("https://") || w.starts_with("http://"))
            .map(|w| {
                w.trim_end_matches(['.', ',', ')', ';', '!', '?'])
                    .to_owned()
            })
            .collect()
    };
    let sent = links(&text);
    let mut missing: Vec<String> = Vec::new();
    for l in links(&derived) {
        if !sent.contains(&l) && !missing.contains(&l) {
            missing.push(l);
        }
    }
    ctx.at("options", |c| {
        c.at("smsFailover", |c| {
            c.at("text", |c| {
                if count.parts as i64 > limit.max {
                    c.report_bounded(
                        &SMS_PARTS,
                        limit.max as f64,
                        count.parts as f64,
                        format!(
                            "the failover SMS takes {} parts ({} {}, {} per part): shorten it to save {} SMS",
                            count.parts,
                            count.units,
                            count.encoding.name(),
                            count.per_part,
                            count.parts as i64 - limit.max
                        ),
                    );
                }
                for url in &missing {
                    c.report(
                        &SMS_MISSING_LINK,
                        format!("the failover SMS leaves out {url}, which the RCS message links to"),
                    );
                }
            })
        })
    });
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

//! Advice on India's rules (`Options::advice`) for the messages that go there: a message
//! with an Indian destination (`91` + 10 digits, with or without `+`), or every message
//! when [`Options::market`](crate::Options::market) is India.
//!
//! Whether a message is promotional is not in the request (RCS v2 has no traffic type;
//! an agent's use case, OTP, transactional or promotional, is set when it is registered),
//! so the sending hours are checked for every message to India and the advice says "if
//! promotional".

use crate::billing::{reaches_india, Market};
use crate::context::{Check, Ctx};
use crate::json::NodeId;
use crate::limits::INDIA_PROMOTIONAL_HOURS as HOURS;
use crate::message::Msg;
use crate::rule::Rule;
use crate::rules::options::minutes_of;
use crate::time::parse_date_time;

/// A message to India that is not a registered template.
pub static TEMPLATE: Rule = Rule::warning(
    "india.template.required",
    "India: A2P messages must use a registered template (PROVIDER_TEMPLATE) (`--advice`, `--market in`).",
    "Infobip, RCS message templates in India: https://infobip.com/docs/rcs/message-templates-india",
)
.advice()
.strict();
/// What an issue of [`TEMPLATE`] says.
pub static TEMPLATE_MSG: Msg = Msg::for_rule(
    &TEMPLATE,
    "India: A2P messages must be a registered template: use PROVIDER_TEMPLATE",
);
/// Promotional sending hours in India.
pub static HOURS_RULE: Rule = Rule::warning(
    "india.promotional_hours",
    "India: promotional messages may start 07:00-22:00 IST only, 01:30-16:30 UTC (minutes 90-990 of the UTC day), checked against `deliveryTimeWindow` (UTC) or else `schedule.sendAt` (`--advice`, `--market in`).",
    HOURS.source,
)
.bounded(&HOURS)
.advice()
.strict();
/// What an issue of [`HOURS_RULE`] says.
pub static HOURS_RULE_MSG: Msg = Msg::for_rule(
    &HOURS_RULE,
    "if promotional: India allows 07:00-22:00 IST (01:30-16:30 UTC); {utc} UTC is {ist} IST",
);

/// The messages of this module, for the catalogue.
pub static MESSAGES: &[&Msg] = &[&TEMPLATE_MSG, &HOURS_RULE_MSG];

/// The rules of this module.
pub static RULES: &[&Rule] = &[&TEMPLATE, &HOURS_RULE];

/// `hh:mm` of a minute of the day.
fn clock(minute: i64) -> String {
    let m = minute.rem_euclid(1440);
    format!("{:02}:{:02}", m / 60, m % 60)
}

/// Reports a start `minute` (of the UTC day) at `at` when it is outside India's
/// promotional hours.
fn hours(ctx: &mut Ctx<'_, '_>, at: &[&'static str], minute: f64) {
    let (min, max) = (HOURS.min as f64, HOURS.max as f64);
    if (min..=max).contains(&minute) {
        return;
    }
    let m = minute as i64;
    ctx.report_in(
        at,
        &HOURS_RULE,
        HOURS_RULE_MSG
            .with("utc", clock(m))
            .with("ist", clock(m + 330)),
        Some((if minute < min { min } else { max }, minute)),
    );
}

/// On the request: every message to India is a registered template, and starts within
/// the promotional hours.
fn india(ctx: &mut Ctx<'_, '_>, root: NodeId) {
    if !ctx.options().advice {
        return;
    }
    let Some(messages) = ctx.get(root, "messages") else {
        return;
    };
    let doc = ctx.doc();
    let market = ctx.options().market;
    let mut send_at = false;
    for (i, m) in doc.children(messages).enumerate() {
        if !market.map_or_else(|| reaches_india(doc, m), |k| k == Market::India) {
            continue;
        }
        ctx.at("messages", |c| {
            c.at_index(i, |c| {
                let kind = c.get(m, "content").and_then(|x| c.get_str(x, "type"));
                if kind.is_some_and(|k| k != "PROVIDER_TEMPLATE") {
                    c.report_in(
                        &["content", "type"],
                        &TEMPLATE,
                        TEMPLATE_MSG.message(),
                        None,
                    );
                }
                let window = c
                    .get(m, "options")
                    .and_then(|o| c.get(o, "deliveryTimeWindow"));
                let span = window.and_then(|w| {
                    Some((
                        minutes_of(c, c.get(w, "from")?)?,
                        minutes_of(c, c.get(w, "to")?)?,
                    ))
                });
                let Some((from, to)) = span else {
                    // No hours in the message: it starts when the request is sent.
                    send_at = true;
                    return;
                };
                // A window across midnight UTC runs to `to` of the next day.
                let to = if to < from { to + 1440 } else { to };
                hours(c, &["options", "deliveryTimeWindow", "from"], from as f64);
                hours(c, &["options", "deliveryTimeWindow", "to"], to as f64);
            })
        });
    }
    let at = ctx
        .get(root, "options")
        .and_then(|o| ctx.get(o, "schedule"))
        .and_then(|s| ctx.get_str(s, "sendAt"))
        .and_then(|s| parse_date_time(&s).ok());
    if let (true, Some(at)) = (send_at, at) {
        let minute = at.rem_euclid(86_400_000) as f64 / 60_000.0;
        hours(ctx, &["options", "schedule", "sendAt"], minute);
    }
}

/// On the request: every message to India is a registered template, and starts within
/// the promotional hours.
pub static INDIA_CHECK: Check = Check {
    run: india,
    rules: &[&TEMPLATE, &HOURS_RULE],
};

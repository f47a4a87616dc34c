//! Rules of OPEN_URL and CREATE_CALENDAR_EVENT suggestions.

use crate::context::{Check, Ctx};
use crate::json::NodeId;
use crate::message::Msg;
use crate::rule::Rule;
use crate::time::{format_timestamp, parse_date_time};

/// WEBVIEW without a view mode.
pub static WEBVIEW_VIEW_MODE_REQUIRED: Rule = Rule::error(
    "suggestion.webview_view_mode.required",
    "OPEN_URL with `application: WEBVIEW` needs `webviewViewMode`.",
    "Infobip API reference (OPEN_URL suggestion)",
)
.expressed_as(
    r#"{"if": {"properties": {"application": {"const": "WEBVIEW"}}, "required": ["application"]},
        "then": {"required": ["webviewViewMode"]}}"#,
);
/// What an issue of [`WEBVIEW_VIEW_MODE_REQUIRED`] says.
pub static WEBVIEW_VIEW_MODE_REQUIRED_MSG: Msg = Msg::for_rule(
    &WEBVIEW_VIEW_MODE_REQUIRED,
    "`webviewViewMode` (FULL, HALF or TALL) is required when `application` is WEBVIEW",
);
/// A view mode without WEBVIEW.
pub static WEBVIEW_VIEW_MODE_IGNORED: Rule = Rule::warning(
    "suggestion.webview_view_mode.ignored",
    "`webviewViewMode` without `application: WEBVIEW` is ignored.",
    "Infobip API reference (OPEN_URL suggestion)",
);
/// What an issue of [`WEBVIEW_VIEW_MODE_IGNORED`] says.
pub static WEBVIEW_VIEW_MODE_IGNORED_MSG: Msg = Msg::for_rule(
    &WEBVIEW_VIEW_MODE_IGNORED,
    "`webviewViewMode` only applies with `application: WEBVIEW`; it is ignored here",
);
/// A calendar event that ends before it starts.
pub static END_BEFORE_START: Rule = Rule::error(
    "suggestion.end_time.before_start",
    "Calendar event `startTime` must be before `endTime`.",
    "Google RBM createCalendarEventAction",
);
/// What an issue of [`END_BEFORE_START`] says.
pub static END_BEFORE_START_MSG: Msg = Msg::for_rule(
    &END_BEFORE_START,
    "the event ends ({end}) before or when it starts ({start}); `endTime` must be after `startTime`",
);
/// A calendar event that starts in the past.
pub static START_TIME_PAST: Rule = Rule::error(
    "suggestion.start_time.past",
    "Calendar event start must be in the future (needs `now`).",
    "Google RBM createCalendarEventAction",
);
/// What an issue of [`START_TIME_PAST`] says.
pub static NOT_IN_FUTURE_MSG: Msg = Msg::new(
    "suggestion.time.past",
    "{at} is not in the future (now is {now}); calendar events must be in the future",
);
/// A calendar event that ends in the past.
pub static END_TIME_PAST: Rule = Rule::error(
    "suggestion.end_time.past",
    "Calendar event end must be in the future (needs `now`).",
    "Google RBM createCalendarEventAction",
);

/// The messages of this module, for the catalogue.
pub static MESSAGES: &[&Msg] = &[
    &WEBVIEW_VIEW_MODE_REQUIRED_MSG,
    &WEBVIEW_VIEW_MODE_IGNORED_MSG,
    &END_BEFORE_START_MSG,
    &NOT_IN_FUTURE_MSG,
];

/// The rules of this module.
pub static RULES: &[&Rule] = &[
    &WEBVIEW_VIEW_MODE_REQUIRED,
    &WEBVIEW_VIEW_MODE_IGNORED,
    &END_BEFORE_START,
    &START_TIME_PAST,
    &END_TIME_PAST,
];

/// OPEN_URL: `webviewViewMode` is required with WEBVIEW and ignored without it.
fn open_url(ctx: &mut Ctx<'_, '_>, node: NodeId) {
    let webview = ctx
        .get_str(node, "application")
        .is_some_and(|a| a == "WEBVIEW");
    let mode = ctx.get(node, "webviewViewMode").is_some();
    if webview && !mode {
        ctx.report(
            &WEBVIEW_VIEW_MODE_REQUIRED,
            WEBVIEW_VIEW_MODE_REQUIRED_MSG.message(),
        );
    } else if mode && !webview {
        ctx.at("webviewViewMode", |c| {
            c.report(
                &WEBVIEW_VIEW_MODE_IGNORED,
                WEBVIEW_VIEW_MODE_IGNORED_MSG.message(),
            )
        });
    }
}

/// CREATE_CALENDAR_EVENT: start before end, both in the future.
fn calendar_event(ctx: &mut Ctx<'_, '_>, node: NodeId) {
    // the event's times are quoted as written (in the offset they were written in, not
    // converted to UTC); `now` is the clock, in UTC
    let start_text = ctx.get_str(node, "startTime").unwrap_or_default();
    let end_text = ctx.get_str(node, "endTime").unwrap_or_default();
    let start = parse_date_time(&start_text).ok();
    let end = parse_date_time(&end_text).ok();
    if let (Some(s), Some(e)) = (start, end) {
        if s >= e {
            ctx.at("endTime", |c| {
                c.report(
                    &END_BEFORE_START,
                    END_BEFORE_START_MSG
                        .with("end", end_text.trim())
                        .with("start", start_text.trim()),
                )
            });
        }
    }
    let Some(now) = ctx.options().now else { return };
    for (field, at, text) in [
        ("startTime", start, &start_text),
        ("endTime", end, &end_text),
    ] {
        if at.is_some_and(|t| t <= now) {
            let rule = if field == "startTime" {
                &START_TIME_PAST
            } else {
                &END_TIME_PAST
            };
            ctx.at(field, |c| {
                c.report(
                    rule,
                    NOT_IN_FUTURE_MSG
                        .with("at", text.trim())
                        .with("now", format_timestamp(now)),
                )
            });
        }
    }
}

// ---------------------------------------------------------------- checks

/// OPEN_URL: `webviewViewMode` is required with WEBVIEW and ignored without it.
pub static OPEN_URL_CHECK: Check = Check {
    run: open_url,
    rules: &[&WEBVIEW_VIEW_MODE_REQUIRED, &WEBVIEW_VIEW_MODE_IGNORED],
};

/// CREATE_CALENDAR_EVENT: start before end, both in the future.
pub static CALENDAR_EVENT_CHECK: Check = Check {
    run: calendar_event,
    rules: &[&END_BEFORE_START, &START_TIME_PAST, &END_TIME_PAST],
};

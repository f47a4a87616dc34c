//! Rules of OPEN_URL and CREATE_CALENDAR_EVENT suggestions.

use crate::json::NodeId;
use crate::validate::{format_timestamp, parse_date_time, Ctx};

/// OPEN_URL: `webviewViewMode` is required with WEBVIEW and ignored without it.
pub fn open_url(ctx: &mut Ctx<'_, '_>, node: NodeId) {
    let webview = ctx
        .get_str(node, "application")
        .is_some_and(|a| a == "WEBVIEW");
    let mode = ctx.get(node, "webviewViewMode").is_some();
    if webview && !mode {
        ctx.error(
            "suggestion.webview_view_mode.required",
            "`webviewViewMode` (FULL, HALF or TALL) is required when `application` is WEBVIEW"
                .into(),
        );
    } else if mode && !webview {
        ctx.at("webviewViewMode", |c| {
            c.warning(
                "suggestion.webview_view_mode.ignored",
                "`webviewViewMode` only applies with `application: WEBVIEW`; it is ignored here"
                    .into(),
            )
        });
    }
}

/// CREATE_CALENDAR_EVENT: start before end, both in the future.
pub fn calendar_event(ctx: &mut Ctx<'_, '_>, node: NodeId) {
    let start = ctx
        .get_str(node, "startTime")
        .and_then(|s| parse_date_time(&s).ok());
    let end = ctx
        .get_str(node, "endTime")
        .and_then(|s| parse_date_time(&s).ok());
    if let (Some(s), Some(e)) = (start, end) {
        if s >= e {
            ctx.at("endTime", |c| {
                c.error(
                    "suggestion.end_time.before_start",
                    format!(
                        "the event ends ({}) before or when it starts ({}); `endTime` must be after `startTime`",
                        format_timestamp(e),
                        format_timestamp(s)
                    ),
                )
            });
        }
    }
    let Some(now) = ctx.options().now else { return };
    for (field, at) in [("startTime", start), ("endTime", end)] {
        if let Some(t) = at.filter(|t| *t <= now) {
            let code = if field == "startTime" {
                "suggestion.start_time.past"
            } else {
                "suggestion.end_time.past"
            };
            ctx.at(field, |c| {
                c.error(
                    code,
                    format!(
                        "{} is not in the future (now is {}); calendar events must be in the future",
                        format_timestamp(t),
                        format_timestamp(now)
                    ),
                )
            });
        }
    }
}

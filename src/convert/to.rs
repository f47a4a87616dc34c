//! RCS API → Messages API.

use super::*;
use crate::rules::{media_of, Media};
use serde_json::json;

/// Converts an RCS API send request (`POST /rcs/2/messages`) to a Messages API request
/// with `channel: "RCS"`, or an RCS API events request (`POST /rcs/1/events`) to a
/// Messages API one, noting what is renamed, inferred or lost (see the module docs).
///
/// ```
/// use rcs_kit::convert::to_messages_api;
/// let c = to_messages_api(&serde_json::json!({"messages": [{"sender": "S",
///     "destinations": [{"to": "441134960001"}],
///     "content": {"type": "CAROUSEL", "cardWidth": "SMALL", "contents": []}}]}));
/// assert_eq!(c.notes[0].code, "convert.card_width.dropped");
/// assert!(c.is_lossy());
/// ```
pub fn to_messages_api(request: &Value) -> Conversion {
    convert(request, message_to, events::event_to, "an RCS API request")
}

fn message_to(cx: &mut Cx, m: &Map<String, Value>, p: &str) -> Value {
    let mut out = Map::new();
    out.insert("channel".into(), json!("RCS"));
    copy(m, &mut out, &["sender"]);
    let mut failover: Vec<Value> = Vec::new();
    let mut mopts = Map::new();
    if let Some(o) = obj(m.get("options")) {
        let op = format!("{p}/options");
        copy(
            o,
            &mut mopts,
            &["platform", "validityPeriod", "campaignReferenceId"],
        );
        if o.contains_key("deliveryTimeWindow") {
            cx.lost(
                "convert.delivery_time_window.dropped",
                &format!("{op}/deliveryTimeWindow"),
                "the Messages API has no delivery time window: left out (the message may be delivered at any hour)",
            );
        }
        if let Some(sms) = obj(o.get("smsFailover")) {
            let sp = format!("{op}/smsFailover");
            let mut step = Map::new();
            step.insert("channel".into(), json!("SMS"));
            copy(sms, &mut step, &["sender"]);
            let mut body = Map::new();
            body.insert("type".into(), json!("TEXT"));
            copy(sms, &mut body, &["text"]);
            step.insert("content".into(), json!({ "body": body }));
            copy(sms, &mut step, &["validityPeriod"]);
            copy(sms, &mut mopts, &["regional"]);
            failover.push(Value::Object(step));
            cx.info(
                "convert.sms_failover.step",
                &sp,
                "smsFailover becomes the failover step {channel: SMS}, its regional options the message's `options.regional`, and the destinations `byChannel` (inferred)",
            );
            cx.rest(
                sms,
                &["sender", "text", "validityPeriod", "regional"],
                &sp,
                "an SMS failover",
            );
        }
        if o.contains_key("mmsFailover") {
            cx.lost(
                "convert.mms_failover.dropped",
                &format!("{op}/mmsFailover"),
                "the Messages API's MMS failover body is not in the sources this conversion follows: left out; add a failover step {channel: MMS} by hand",
            );
        }
        cx.rest(
            o,
            &[
                "platform",
                "validityPeriod",
                "campaignReferenceId",
                "deliveryTimeWindow",
                "smsFailover",
                "mmsFailover",
            ],
            &op,
            "message options",
        );
    }
    // destinations: byChannel when there is failover
    let dests: Vec<Value> = arr(m.get("destinations"))
        .iter()
        .enumerate()
        .map(|(i, d)| match (d.as_object(), failover.is_empty()) {
            (Some(d), false) => {
                let to = d.get("to").cloned().unwrap_or(Value::Null);
                let mut o = Map::new();
                copy(d, &mut o, &["messageId"]);
                o.insert(
                    "byChannel".into(),
                    json!([{"channel": "RCS", "to": to}, {"channel": "SMS", "to": to}]),
                );
                cx.rest(
                    d,
                    &["to", "messageId"],
                    &format!("{p}/destinations/{i}"),
                    "a destination",
                );
                Value::Object(o)
            }
            _ => d.clone(),
        })
        .collect();
    out.insert("destinations".into(), Value::Array(dests));
    if let Some(c) = obj(m.get("content")) {
        if str_at(c, "type") == Some("PROVIDER_TEMPLATE") {
            template_to(cx, c, &format!("{p}/content"), &mut out);
        } else if let Some(content) = content_to(cx, c, &format!("{p}/content")) {
            out.insert("content".into(), content);
        }
    }
    if !mopts.is_empty() {
        out.insert("options".into(), Value::Object(mopts));
    }
    if let Some(w) = obj(m.get("webhooks")) {
        out.insert(
            "webhooks".into(),
            Value::Object(webhooks_to(cx, w, &format!("{p}/webhooks"))),
        );
    }
    if !failover.is_empty() {
        out.insert("failover".into(), Value::Array(failover));
    }
    cx.rest(
        m,
        &["sender", "destinations", "content", "options", "webhooks"],
        p,
        "a message",
    );
    Value::Object(out)
}

fn webhooks_to(cx: &mut Cx, w: &Map<String, Value>, p: &str) -> Map<String, Value> {
    let mut out = Map::new();
    copy(w, &mut out, &["contentType", "callbackData", "seen"]);
    if let Some(d) = obj(w.get("delivery")) {
        let dp = format!("{p}/delivery");
        let mut o = Map::new();
        copy(d, &mut o, &["url", "intermediateReport"]);
        for k in ["notify", "receiveTriggeredFailoverReports"] {
            if d.contains_key(k) {
                cx.lost(
                    "convert.delivery_webhook.dropped",
                    &format!("{dp}/{k}"),
                    format!("the Messages API's delivery webhook has no `{k}`: left out"),
                );
            }
        }
        cx.rest(
            d,
            &[
                "url",
                "intermediateReport",
                "notify",
                "receiveTriggeredFailoverReports",
            ],
            &dp,
            "a delivery webhook",
        );
        out.insert("delivery".into(), Value::Object(o));
    }
    cx.rest(
        w,
        &["delivery", "contentType", "callbackData", "seen"],
        p,
        "webhooks",
    );
    out
}

fn buttons_to(cx: &mut Cx, list: &[Value], p: &str) -> Vec<Value> {
    list.iter()
        .enumerate()
        .filter_map(|(i, s)| {
            let sp = format!("{p}/{i}");
            s.as_object().and_then(|s| suggestion_to(cx, s, &sp))
        })
        .collect()
}

fn suggestion_to(cx: &mut Cx, s: &Map<String, Value>, p: &str) -> Option<Value> {
    let ty = str_at(s, "type").unwrap_or_default();
    let mut out = Map::new();
    let known: &[&str] = match ty {
        "REPLY" | "REQUEST_LOCATION" => {
            out.insert("type".into(), json!(ty));
            &["type", "text", "postbackData"]
        }
        "OPEN_URL" => {
            out.insert("type".into(), json!(ty));
            let open_in = match (str_at(s, "application"), str_at(s, "webviewViewMode")) {
                (Some("WEBVIEW"), Some(mode)) => Some(format!("WEBVIEW_{mode}")),
                (Some("WEBVIEW"), None) => Some("WEBVIEW_FULL".to_owned()),
                (Some(app), _) => Some(app.to_owned()),
                (None, Some(mode)) => Some(format!("WEBVIEW_{mode}")),
                (None, None) => None,
            };
            if let Some(o) = open_in {
                cx.info(
                    "convert.open_url.open_in",
                    p,
                    format!("`application`/`webviewViewMode` become `openIn: {o}`"),
                );
                out.insert("openIn".into(), json!(o));
            }
            &[
                "type",
                "text",
                "postbackData",
                "url",
                "application",
                "webviewViewMode",
            ]
        }
        "DIAL_PHONE" => {
            out.insert("type".into(), json!(ty));
            &["type", "text", "postbackData", "phoneNumber"]
        }
        "SHOW_LOCATION" => {
            out.insert("type".into(), json!(ty));
            if let Some(l) = s.get("label") {
                cx.info("convert.show_location.name", p, "`label` becomes `name`");
                out.insert("name".into(), l.clone());
            }
            &[
                "type",
                "text",
                "postbackData",
                "latitude",
                "longitude",
                "label",
            ]
        }
        "CREATE_CALENDAR_EVENT" => {
            out.insert("type".into(), json!("ADD_CALENDAR_EVENT"));
            cx.info(
                "convert.calendar_event.renamed",
                p,
                "CREATE_CALENDAR_EVENT becomes ADD_CALENDAR_EVENT",
            );
            &[
                "type",
                "text",
                "postbackData",
                "startTime",
                "endTime",
                "title",
                "description",
            ]
        }
        other => {
            cx.lost(
                "convert.suggestion.dropped",
                p,
                format!("suggestion type `{other}` has no Messages API button: left out"),
            );
            return None;
        }
    };
    copy(s, &mut out, super::ACTION_FIELDS);
    cx.rest(s, known, p, "this suggestion");
    Some(Value::Object(out))
}

fn is_video(url: Option<&Value>) -> bool {
    url.and_then(Value::as_str).and_then(media_of) == Some(Media::Video)
}

/// PROVIDER_TEMPLATE content as a template message's `template` and `content`:
/// `templateId` as the name, `parameters` as a TEXT body's placeholders.
fn template_to(cx: &mut Cx, c: &Map<String, Value>, p: &str, out: &mut Map<String, Value>) {
    let mut template = Map::new();
    if let Some(id) = c.get("templateId") {
        template.insert("templateName".into(), id.clone());
    }
    out.insert("template".into(), Value::Object(template));
    cx.lost(
        "convert.provider_template.as_template",
        &format!("{p}/templateId"),
        "PROVIDER_TEMPLATE becomes a Messages API template message: templateId is sent as templateName (with no language), which names a template registered for the channel and may not be the same template",
    );
    let mut body = Map::new();
    body.insert("type".into(), json!("TEXT"));
    for (i, param) in arr(c.get("parameters")).iter().enumerate() {
        let pp = format!("{p}/parameters/{i}");
        match (
            param.get("name").and_then(Value::as_str),
            param.get("value"),
        ) {
            (Some(name), Some(value)) if name != "type" && !body.contains_key(name) => {
                body.insert(name.into(), value.clone());
            }
            _ => cx.lost(
                "convert.template.parameter.dropped",
                &pp,
                "a parameter without a name and a value, or named `type` or like an earlier one, has no place among a TEXT body's placeholders: left out",
            ),
        }
    }
    if body.len() > 1 {
        out.insert("content".into(), json!({ "body": body }));
    }
    cx.rest(
        c,
        &["type", "templateId", "parameters"],
        p,
        "PROVIDER_TEMPLATE content",
    );
}

fn content_to(cx: &mut Cx, c: &Map<String, Value>, p: &str) -> Option<Value> {
    let ty = str_at(c, "type").unwrap_or_default();
    let mut body = Map::new();
    let mut buttons = buttons_to(cx, arr(c.get("suggestions")), &format!("{p}/suggestions"));
    match ty {
        "TEXT" => {
            body.insert("type".into(), json!("TEXT"));
            copy(c, &mut body, &["text"]);
            cx.rest(c, &["type", "text", "suggestions"], p, "TEXT content");
        }
        "FILE" => {
            let url = url_of(c, "file");
            let media = url.as_ref().and_then(Value::as_str).and_then(media_of);
            let kind = match media {
                Some(Media::Image) => "IMAGE",
                Some(Media::Video) => "VIDEO",
                _ => "DOCUMENT",
            };
            if matches!(media, Some(Media::Audio)) {
                cx.lost(
                    "convert.file.audio",
                    &format!("{p}/file/url"),
                    "audio has no Messages API body: sent as a DOCUMENT (inferred)",
                );
            } else {
                cx.info(
                    "convert.file.body_type",
                    &format!("{p}/file/url"),
                    format!("FILE becomes {kind}, chosen by the URL's extension (inferred)"),
                );
            }
            body.insert("type".into(), json!(kind));
            if let Some(u) = url {
                body.insert("url".into(), u);
            }
            if let Some(t) = url_of(c, "thumbnail") {
                if kind == "VIDEO" {
                    body.insert("thumbnailUrl".into(), t);
                } else {
                    cx.lost(
                        "convert.thumbnail.dropped",
                        &format!("{p}/thumbnail"),
                        format!("a {kind} body has no thumbnail: left out"),
                    );
                }
            }
            cx.rest(
                c,
                &["type", "file", "thumbnail", "suggestions"],
                p,
                "FILE content",
            );
        }
        "CARD" => {
            let card = obj(c.get("content")).cloned().unwrap_or_default();
            let cp = format!("{p}/content");
            cx.info(
                "convert.card.rich_link",
                p,
                "CARD becomes RICH_LINK: how the Messages API shows a RICH_LINK in RCS is not documented (inferred)",
            );
            body.insert("type".into(), json!("RICH_LINK"));
            let media = obj(card.get("media")).cloned().unwrap_or_default();
            match url_of(&media, "file") {
                Some(u) => {
                    if is_video(Some(&u)) {
                        body.insert("isVideo".into(), json!(true));
                    }
                    body.insert("url".into(), u);
                }
                None => cx.lost(
                    "convert.rich_link.incomplete",
                    &cp,
                    "a RICH_LINK needs media (`url`): this card has none, so the output is not valid",
                ),
            }
            if let Some(t) = url_of(&media, "thumbnail") {
                body.insert("thumbnailUrl".into(), t);
            }
            match (card.get("description"), card.get("title")) {
                (Some(d), title) => {
                    body.insert("text".into(), d.clone());
                    if title.is_some() {
                        cx.lost(
                            "convert.card.title_dropped",
                            &format!("{cp}/title"),
                            "a RICH_LINK has no title: left out (the description is its text)",
                        );
                    }
                }
                (None, Some(t)) => {
                    cx.info(
                        "convert.card.title_as_text",
                        &format!("{cp}/title"),
                        "the card has no description: its title becomes the RICH_LINK's text",
                    );
                    body.insert("text".into(), t.clone());
                }
                (None, None) => cx.lost(
                    "convert.rich_link.incomplete",
                    &cp,
                    "a RICH_LINK needs `text`: this card has neither description nor title, so the output is not valid",
                ),
            }
            let suggestions = arr(card.get("suggestions"));
            let link = suggestions
                .iter()
                .position(|s| s.get("type").and_then(Value::as_str) == Some("OPEN_URL"));
            match link.and_then(|i| suggestions.get(i).and_then(Value::as_object).map(|s| (i, s))) {
                Some((i, s)) => {
                    if let Some(u) = s.get("url") {
                        body.insert("redirectUrl".into(), u.clone());
                    }
                    if let Some(t) = s.get("text") {
                        body.insert("buttonText".into(), t.clone());
                    }
                    cx.lost(
                        "convert.card.link_button",
                        &format!("{cp}/suggestions/{i}"),
                        "the card's first OPEN_URL becomes the RICH_LINK's redirectUrl and buttonText; its postbackData and where it opens are left out",
                    );
                }
                None => cx.lost(
                    "convert.rich_link.incomplete",
                    &cp,
                    "a RICH_LINK needs `redirectUrl`, taken from the card's first OPEN_URL suggestion: this card has none, so the output is not valid",
                ),
            }
            let others: Vec<(usize, &Value)> = suggestions
                .iter()
                .enumerate()
                .filter(|(i, _)| Some(*i) != link)
                .collect();
            let mut moved = Vec::new();
            for (i, s) in others {
                let sp = format!("{cp}/suggestions/{i}");
                cx.info(
                    "convert.card.suggestion_moved",
                    &sp,
                    "a RICH_LINK has no buttons of its own: this card suggestion becomes a message button (inferred)",
                );
                if let Some(b) = s.as_object().and_then(|s| suggestion_to(cx, s, &sp)) {
                    moved.push(b);
                }
            }
            moved.append(&mut buttons);
            buttons = moved;
            let max = usize::try_from(crate::limits::MESSAGE_SUGGESTIONS.max).unwrap_or(usize::MAX);
            if buttons.len() > max {
                cx.lost(
                    "convert.buttons.too_many",
                    p,
                    format!(
                        "with the card's suggestions there are {} buttons, more than the {max} an RCS message shows: the last {} are left out",
                        buttons.len(),
                        buttons.len() - max
                    ),
                );
                buttons.truncate(max);
            }
            let mut options = Map::new();
            copy(c, &mut options, &["orientation", "alignment"]);
            copy(&media, &mut options, &["height"]);
            if !options.is_empty() {
                body.insert("cardOptions".into(), Value::Object(options));
            }
            cx.rest(
                &card,
                &["title", "description", "media", "suggestions"],
                &cp,
                "a card",
            );
            cx.rest(
                &media,
                &["file", "thumbnail", "height"],
                &format!("{cp}/media"),
                "card media",
            );
            cx.rest(
                c,
                &["type", "orientation", "alignment", "content", "suggestions"],
                p,
                "CARD content",
            );
        }
        "CAROUSEL" => {
            if c.contains_key("cardWidth") {
                cx.lost(
                    "convert.card_width.dropped",
                    &format!("{p}/cardWidth"),
                    "the Messages API's carousel has no card width: left out",
                );
            }
            body.insert("type".into(), json!("CAROUSEL"));
            let cards: Vec<Value> = arr(c.get("contents"))
                .iter()
                .enumerate()
                .map(|(i, card)| {
                    let cp = format!("{p}/contents/{i}");
                    let card = card.as_object().cloned().unwrap_or_default();
                    carousel_card_to(cx, &card, &cp)
                })
                .collect();
            body.insert("cards".into(), Value::Array(cards));
            cx.rest(
                c,
                &["type", "cardWidth", "contents", "suggestions"],
                p,
                "CAROUSEL content",
            );
        }
        other => {
            cx.lost(
                "convert.content.not_converted",
                p,
                format!("content type `{other}` has no Messages API body: not converted"),
            );
            return None;
        }
    }
    let mut out = Map::new();
    out.insert("body".into(), Value::Object(body));
    if c.contains_key("suggestions") || !buttons.is_empty() {
        out.insert("buttons".into(), Value::Array(buttons));
    }
    Some(Value::Object(out))
}

fn carousel_card_to(cx: &mut Cx, card: &Map<String, Value>, p: &str) -> Value {
    let mut body = Map::new();
    let media = obj(card.get("media")).cloned().unwrap_or_default();
    match url_of(&media, "file") {
        Some(u) => {
            if is_video(Some(&u)) {
                body.insert("isVideo".into(), json!(true));
            }
            body.insert("url".into(), u);
        }
        None => cx.lost(
            "convert.carousel_card.incomplete",
            p,
            "a Messages API carousel card needs media (`url`): this card has none, so the output is not valid",
        ),
    }
    match card.get("description") {
        Some(d) => {
            body.insert("text".into(), d.clone());
        }
        None => cx.lost(
            "convert.carousel_card.incomplete",
            p,
            "a Messages API carousel card needs `text` (the description): this card has none, so the output is not valid",
        ),
    }
    copy(card, &mut body, &["title"]);
    if let Some(t) = url_of(&media, "thumbnail") {
        body.insert("thumbnailUrl".into(), t);
    }
    let mut options = Map::new();
    copy(&media, &mut options, &["height"]);
    if !options.is_empty() {
        body.insert("cardOptions".into(), Value::Object(options));
    }
    let mut out = Map::new();
    out.insert("body".into(), Value::Object(body));
    if card.contains_key("suggestions") {
        let b = buttons_to(
            cx,
            arr(card.get("suggestions")),
            &format!("{p}/suggestions"),
        );
        out.insert("buttons".into(), Value::Array(b));
    }
    cx.rest(
        card,
        &["title", "description", "media", "suggestions"],
        p,
        "a card",
    );
    cx.rest(
        &media,
        &["file", "thumbnail", "height"],
        &format!("{p}/media"),
        "card media",
    );
    Value::Object(out)
}

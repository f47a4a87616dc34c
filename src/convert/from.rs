//! Messages API → RCS API.

use super::*;
use serde_json::json;

/// Converts a Messages API request with `channel: "RCS"` to an RCS API send request
/// (`POST /rcs/2/messages`), or a Messages API events request to the RCS API's
/// (`POST /rcs/1/events`), noting what is renamed, inferred or lost (see the module docs).
///
/// ```
/// use rcs_kit::convert::from_messages_api;
/// let c = from_messages_api(&serde_json::json!({"messages": [{"channel": "RCS", "sender": "S",
///     "destinations": [{"to": "441134960001"}],
///     "content": {"body": {"type": "IMAGE", "url": "https://ex.com/a.jpg", "text": "New"}},
///     "options": {"adaptationMode": true}}]}));
/// let out = c.output.unwrap();
/// assert_eq!(out["messages"][0]["content"],
///     serde_json::json!({"type": "FILE", "file": {"url": "https://ex.com/a.jpg"}}));
/// let codes: Vec<_> = c.notes.iter().map(|n| n.code).collect();
/// assert_eq!(codes, ["convert.file.text_dropped", "convert.adaptation_mode.dropped"]);
/// ```
pub fn from_messages_api(request: &Value) -> Conversion {
    convert(
        request,
        message_from,
        events::event_from,
        "a Messages API request",
    )
}

fn message_from(cx: &mut Cx, m: &Map<String, Value>, p: &str) -> Value {
    let mut out = Map::new();
    match str_at(m, "channel") {
        Some("RCS") => {}
        other => cx.lost(
            "convert.channel.not_rcs",
            &format!("{p}/channel"),
            format!(
                "channel {} is not RCS: the RCS API sends RCS messages only",
                other.unwrap_or("(none)")
            ),
        ),
    }
    copy(m, &mut out, &["sender"]);
    let dests: Vec<Value> = arr(m.get("destinations"))
        .iter()
        .enumerate()
        .map(|(i, d)| match d.as_object() {
            Some(d) => destination_from(cx, d, &format!("{p}/destinations/{i}")),
            None => d.clone(),
        })
        .collect();
    out.insert("destinations".into(), Value::Array(dests));
    if let Some(t) = obj(m.get("template")) {
        let content = template_from(cx, t, obj(m.get("content")), p);
        out.insert("content".into(), Value::Object(content));
    } else if let Some(c) = obj(m.get("content")) {
        out.insert(
            "content".into(),
            Value::Object(content_from(cx, c, &format!("{p}/content"))),
        );
    }
    let mut options = Map::new();
    let mut regional = None;
    if let Some(o) = obj(m.get("options")) {
        let op = format!("{p}/options");
        copy(
            o,
            &mut options,
            &["platform", "validityPeriod", "campaignReferenceId"],
        );
        regional = o.get("regional").cloned();
        for (k, why) in [
            ("adaptationMode", "the RCS API never adapts a message: what RCS cannot show is rejected, not degraded"),
            ("trafficType", "the RCS API has no traffic type"),
            ("transliteration", "the RCS API has no transliteration"),
        ] {
            if o.contains_key(k) {
                let code = match k {
                    "adaptationMode" => "convert.adaptation_mode.dropped",
                    _ => "convert.option.dropped",
                };
                cx.lost(code, &format!("{op}/{k}"), format!("`{k}` left out: {why}"));
            }
        }
        cx.rest(
            o,
            &[
                "platform",
                "validityPeriod",
                "campaignReferenceId",
                "regional",
                "adaptationMode",
                "trafficType",
                "transliteration",
            ],
            &op,
            "Messages API message options",
        );
    }
    let mut sms_done = false;
    for (i, step) in arr(m.get("failover")).iter().enumerate() {
        let sp = format!("{p}/failover/{i}");
        let step = step.as_object().cloned().unwrap_or_default();
        let text = obj(step.get("content"))
            .and_then(|c| obj(c.get("body")))
            .filter(|b| str_at(b, "type") == Some("TEXT"))
            .and_then(|b| b.get("text"));
        match (str_at(&step, "channel"), text, sms_done) {
            (Some("SMS"), Some(text), false) => {
                let mut sms = Map::new();
                copy(&step, &mut sms, &["sender"]);
                sms.insert("text".into(), text.clone());
                copy(&step, &mut sms, &["validityPeriod"]);
                if let Some(r) = regional.take() {
                    sms.insert("regional".into(), r);
                }
                options.insert("smsFailover".into(), Value::Object(sms));
                sms_done = true;
                cx.info(
                    "convert.failover.sms_failover",
                    &sp,
                    "the SMS failover step becomes options.smsFailover (inferred)",
                );
                cx.rest(&step, &["channel", "sender", "content", "validityPeriod"], &sp, "a failover step");
            }
            _ => cx.lost(
                "convert.failover.dropped",
                &sp,
                "the RCS API fails over to one SMS (a TEXT body) or one MMS only: this step is left out",
            ),
        }
    }
    if regional.is_some() {
        cx.lost(
            "convert.regional.dropped",
            &format!("{p}/options/regional"),
            "regional options belong to the SMS failover in the RCS API, and this message has none: left out",
        );
    }
    if !options.is_empty() {
        out.insert("options".into(), Value::Object(options));
    }
    if let Some(w) = obj(m.get("webhooks")) {
        let wp = format!("{p}/webhooks");
        let mut o = Map::new();
        copy(
            w,
            &mut o,
            &["delivery", "contentType", "callbackData", "seen"],
        );
        cx.rest(
            w,
            &["delivery", "contentType", "callbackData", "seen"],
            &wp,
            "webhooks",
        );
        out.insert("webhooks".into(), Value::Object(o));
    }
    cx.rest(
        m,
        &[
            "channel",
            "sender",
            "destinations",
            "template",
            "content",
            "options",
            "webhooks",
            "failover",
        ],
        p,
        "a Messages API message",
    );
    Value::Object(out)
}

/// A template message's `template` and `content` as PROVIDER_TEMPLATE content: the
/// name as `templateId`, a TEXT body's placeholders as `parameters`; the rest has no
/// place there.
fn template_from(
    cx: &mut Cx,
    t: &Map<String, Value>,
    content: Option<&Map<String, Value>>,
    p: &str,
) -> Map<String, Value> {
    let mut out = Map::new();
    out.insert("type".into(), json!("PROVIDER_TEMPLATE"));
    if let Some(name) = t.get("templateName") {
        out.insert("templateId".into(), name.clone());
    }
    let tp = format!("{p}/template");
    cx.lost(
        "convert.template.provider_template",
        &format!("{tp}/templateName"),
        "a Messages API template becomes PROVIDER_TEMPLATE content: templateName is sent as templateId, which names a template registered with the provider (India, Indonesia) and may not be the same template",
    );
    cx.no_place(t, &["templateName"], &tp, "PROVIDER_TEMPLATE content");
    let Some(c) = content else {
        return out;
    };
    let cp = format!("{p}/content");
    let body = obj(c.get("body")).cloned().unwrap_or_default();
    match str_at(&body, "type") {
        Some("TEXT") => {
            let parameters: Vec<Value> = body
                .iter()
                .filter(|(k, _)| k.as_str() != "type")
                .map(|(k, v)| json!({ "name": k, "value": v }))
                .collect();
            if !parameters.is_empty() {
                out.insert("parameters".into(), Value::Array(parameters));
            }
        }
        _ => {
            if c.contains_key("body") {
                cx.lost(
                    "convert.template.body.dropped",
                    &format!("{cp}/body"),
                    "only a TEXT body's placeholders have a place in PROVIDER_TEMPLATE content (as parameters): left out",
                );
            }
        }
    }
    cx.no_place(c, &["body"], &cp, "PROVIDER_TEMPLATE content");
    out
}

fn destination_from(cx: &mut Cx, d: &Map<String, Value>, p: &str) -> Value {
    let mut out = Map::new();
    if let Some(to) = d.get("to") {
        out.insert("to".into(), to.clone());
    }
    copy(d, &mut out, &["messageId"]);
    if let Some(list) = d.get("byChannel").and_then(Value::as_array) {
        let rcs = list
            .iter()
            .find(|e| e.get("channel").and_then(Value::as_str) == Some("RCS"));
        match rcs.and_then(|e| e.get("to")) {
            Some(to) => {
                out.insert("to".into(), to.clone());
            }
            None => cx.lost(
                "convert.destination.no_rcs",
                &format!("{p}/byChannel"),
                "no `byChannel` entry for RCS: the destination has no `to`",
            ),
        }
        for (i, e) in list.iter().enumerate() {
            let same = json!({"channel": e.get("channel"), "to": out.get("to")});
            if e.get("channel").and_then(Value::as_str) != Some("RCS") && *e != same {
                cx.lost(
                    "convert.destination.by_channel_dropped",
                    &format!("{p}/byChannel/{i}"),
                    "the RCS API fails over to the same destination: this channel's own recipient or message id is left out",
                );
            }
        }
    }
    cx.rest(d, &["to", "messageId", "byChannel"], p, "a destination");
    Value::Object(out)
}

fn suggestions_from(cx: &mut Cx, list: &[Value], p: &str) -> Vec<Value> {
    list.iter()
        .enumerate()
        .filter_map(|(i, b)| {
            let bp = format!("{p}/{i}");
            b.as_object().and_then(|b| button_from(cx, b, &bp))
        })
        .collect()
}

fn button_from(cx: &mut Cx, b: &Map<String, Value>, p: &str) -> Option<Value> {
    let ty = str_at(b, "type").unwrap_or_default();
    let mut out = Map::new();
    let known: &[&str] = match ty {
        "REPLY" | "REQUEST_LOCATION" | "DIAL_PHONE" => {
            out.insert("type".into(), json!(ty));
            &["type", "text", "postbackData", "phoneNumber"]
        }
        "OPEN_URL" => {
            out.insert("type".into(), json!(ty));
            if let Some(o) = str_at(b, "openIn") {
                let (app, mode) = match o.strip_prefix("WEBVIEW_") {
                    Some(mode) => ("WEBVIEW", Some(mode)),
                    None => (o, None),
                };
                out.insert("application".into(), json!(app));
                if let Some(mode) = mode {
                    out.insert("webviewViewMode".into(), json!(mode));
                }
                cx.info(
                    "convert.open_url.open_in",
                    &format!("{p}/openIn"),
                    "`openIn` becomes `application`/`webviewViewMode`",
                );
            }
            &["type", "text", "postbackData", "url", "openIn"]
        }
        "SHOW_LOCATION" => {
            out.insert("type".into(), json!(ty));
            if let Some(n) = b.get("name") {
                cx.info(
                    "convert.show_location.name",
                    &format!("{p}/name"),
                    "`name` becomes `label`",
                );
                out.insert("label".into(), n.clone());
            }
            &[
                "type",
                "text",
                "postbackData",
                "latitude",
                "longitude",
                "name",
            ]
        }
        "ADD_CALENDAR_EVENT" => {
            out.insert("type".into(), json!("CREATE_CALENDAR_EVENT"));
            cx.info(
                "convert.calendar_event.renamed",
                p,
                "ADD_CALENDAR_EVENT becomes CREATE_CALENDAR_EVENT",
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
                "convert.button.dropped",
                p,
                format!("button type `{other}` has no RCS API suggestion: left out"),
            );
            return None;
        }
    };
    copy(b, &mut out, super::ACTION_FIELDS);
    if !out.contains_key("postbackData") {
        if let Some(t) = b.get("text") {
            out.insert("postbackData".into(), t.clone());
        }
        cx.info(
            "convert.postback_data.filled",
            p,
            "the RCS API requires postbackData on every suggestion: the button's text is used (inferred)",
        );
    }
    cx.rest(b, known, p, "this button");
    Some(Value::Object(out))
}

/// `{ "url": u }`.
fn resource(u: &Value) -> Value {
    json!({ "url": u })
}

fn content_from(cx: &mut Cx, c: &Map<String, Value>, p: &str) -> Map<String, Value> {
    let mut out = Map::new();
    let bp = format!("{p}/body");
    let body = obj(c.get("body")).cloned().unwrap_or_default();
    let ty = str_at(&body, "type").unwrap_or_default();
    let mut card_buttons: Option<Vec<Value>> = None;
    match ty {
        "TEXT" => {
            out.insert("type".into(), json!("TEXT"));
            copy(&body, &mut out, &["text"]);
            cx.rest(&body, &["type", "text"], &bp, "a TEXT body");
        }
        "IMAGE" | "VIDEO" | "DOCUMENT" => {
            out.insert("type".into(), json!("FILE"));
            if let Some(u) = body.get("url") {
                out.insert("file".into(), resource(u));
            }
            if let Some(t) = body.get("thumbnailUrl") {
                out.insert("thumbnail".into(), resource(t));
            }
            if body.contains_key("text") {
                cx.lost(
                    "convert.file.text_dropped",
                    &format!("{bp}/text"),
                    "an RCS FILE has no text: left out (send it as a TEXT message of its own)",
                );
            }
            if body.contains_key("filename") {
                cx.lost(
                    "convert.file.filename_dropped",
                    &format!("{bp}/filename"),
                    "an RCS FILE has no file name: left out",
                );
            }
            cx.rest(
                &body,
                &["type", "url", "thumbnailUrl", "text", "filename"],
                &bp,
                "a file body",
            );
        }
        "RICH_LINK" => {
            out.insert("type".into(), json!("CARD"));
            cx.info(
                "convert.card.rich_link",
                &bp,
                "RICH_LINK becomes a CARD whose OPEN_URL suggestion leads to redirectUrl (inferred)",
            );
            let co = obj(body.get("cardOptions")).cloned().unwrap_or_default();
            let pick = |key: &str, default: &str, cx: &mut Cx| -> Value {
                co.get(key).cloned().unwrap_or_else(|| {
                    cx.info(
                        "convert.card.default",
                        &bp,
                        format!("an RCS card requires `{key}`: {default} (inferred)"),
                    );
                    json!(default)
                })
            };
            out.insert("orientation".into(), pick("orientation", "VERTICAL", cx));
            out.insert("alignment".into(), pick("alignment", "LEFT", cx));
            let mut media = Map::new();
            if let Some(u) = body.get("url") {
                media.insert("file".into(), resource(u));
            }
            if let Some(t) = body.get("thumbnailUrl") {
                media.insert("thumbnail".into(), resource(t));
            }
            media.insert("height".into(), pick("height", "MEDIUM", cx));
            let mut card = Map::new();
            if let Some(t) = body.get("text") {
                card.insert("description".into(), t.clone());
            }
            card.insert("media".into(), Value::Object(media));
            let mut link = Map::new();
            link.insert("type".into(), json!("OPEN_URL"));
            let text = body.get("buttonText").cloned().unwrap_or_else(|| {
                cx.info(
                    "convert.card.default",
                    &bp,
                    "the RICH_LINK has no buttonText: the card's link suggestion says \"Open\" (inferred)",
                );
                json!("Open")
            });
            link.insert("text".into(), text);
            if let Some(u) = body.get("redirectUrl") {
                link.insert("postbackData".into(), u.clone());
                link.insert("url".into(), u.clone());
            }
            cx.info(
                "convert.postback_data.filled",
                &format!("{bp}/redirectUrl"),
                "the card's link suggestion needs postbackData: redirectUrl is used (inferred)",
            );
            card_buttons = Some(vec![Value::Object(link)]);
            out.insert("content".into(), Value::Object(card));
            cx.rest(
                &body,
                &[
                    "type",
                    "url",
                    "text",
                    "redirectUrl",
                    "isVideo",
                    "thumbnailUrl",
                    "buttonText",
                    "cardOptions",
                ],
                &bp,
                "a RICH_LINK body",
            );
        }
        "CAROUSEL" => {
            out.insert("type".into(), json!("CAROUSEL"));
            cx.info(
                "convert.card_width.default",
                &bp,
                "an RCS carousel requires cardWidth: MEDIUM (inferred)",
            );
            out.insert("cardWidth".into(), json!("MEDIUM"));
            let contents: Vec<Value> = arr(body.get("cards"))
                .iter()
                .enumerate()
                .map(|(i, card)| {
                    let cp = format!("{bp}/cards/{i}");
                    let card = card.as_object().cloned().unwrap_or_default();
                    carousel_card_from(cx, &card, &cp)
                })
                .collect();
            out.insert("contents".into(), Value::Array(contents));
            cx.rest(&body, &["type", "cards"], &bp, "a CAROUSEL body");
        }
        other => {
            cx.lost(
                "convert.body.not_converted",
                &bp,
                format!("body type `{other}` has no RCS API content: not converted"),
            );
        }
    }
    if let Some(buttons) = c.get("buttons").and_then(Value::as_array) {
        let list = suggestions_from(cx, buttons, &format!("{p}/buttons"));
        out.insert("suggestions".into(), Value::Array(list));
    }
    if let (Some(link), Some(Value::Object(card))) = (card_buttons, out.get_mut("content")) {
        card.insert("suggestions".into(), Value::Array(link));
    }
    cx.rest(c, &["body", "buttons"], p, "Messages API content");
    out
}

fn carousel_card_from(cx: &mut Cx, card: &Map<String, Value>, p: &str) -> Value {
    let body = obj(card.get("body")).cloned().unwrap_or_default();
    let bp = format!("{p}/body");
    let mut out = Map::new();
    copy(&body, &mut out, &["title"]);
    if let Some(t) = body.get("text") {
        out.insert("description".into(), t.clone());
    }
    let mut media = Map::new();
    if let Some(u) = body.get("url") {
        media.insert("file".into(), resource(u));
    }
    if let Some(t) = body.get("thumbnailUrl") {
        media.insert("thumbnail".into(), resource(t));
    }
    let co = obj(body.get("cardOptions")).cloned().unwrap_or_default();
    let height = co.get("height").cloned().unwrap_or_else(|| {
        cx.info(
            "convert.card.default",
            &bp,
            "an RCS card's media requires `height`: MEDIUM (inferred)",
        );
        json!("MEDIUM")
    });
    media.insert("height".into(), height);
    for k in ["orientation", "alignment"] {
        if co.contains_key(k) {
            cx.lost(
                "convert.card_options.dropped",
                &format!("{bp}/cardOptions/{k}"),
                format!("the cards of an RCS carousel have no `{k}`: left out"),
            );
        }
    }
    out.insert("media".into(), Value::Object(media));
    if let Some(buttons) = card.get("buttons").and_then(Value::as_array) {
        let list = suggestions_from(cx, buttons, &format!("{p}/buttons"));
        out.insert("suggestions".into(), Value::Array(list));
    }
    cx.rest(
        &body,
        &[
            "url",
            "text",
            "title",
            "isVideo",
            "thumbnailUrl",
            "cardOptions",
        ],
        &bp,
        "a carousel card body",
    );
    cx.rest(card, &["body", "buttons"], p, "a carousel card");
    Value::Object(out)
}

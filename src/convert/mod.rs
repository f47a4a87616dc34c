//! Conversion between the RCS API (`POST /rcs/2/messages`) and the Messages API with
//! `channel: "RCS"` (`POST /messages-api/1/messages`), both ways, saying what is lost or
//! changed.
//!
//! [`to_messages_api`] and [`from_messages_api`] take a request body as JSON and return
//! the converted body with [`Note`]s, each located by a JSON pointer into the *input*
//! and named by a stable code. A note with [`Note::lost`] says something of the input is
//! not in the output (or could not be written); the others say what was renamed or
//! inferred. The mapping (spec reference `infobip-next.md`, section 2.2; "inferred"
//! wherever no source states it):
//!
//! | RCS API | Messages API | |
//! |---|---|---|
//! | `content` TEXT + `suggestions` | `content.body` TEXT + `content.buttons` | direct, inferred |
//! | FILE | IMAGE, VIDEO (`thumbnailUrl`) or DOCUMENT, by the URL's extension | inferred; audio and unknown extensions become DOCUMENT |
//! | CARD | RICH_LINK: media → `url`, description (or title) → `text`, the card's first OPEN_URL → `redirectUrl` + `buttonText`, orientation/alignment/height → `cardOptions` | inferred; title, that suggestion's `postbackData` and `openIn` are lost; the card's other suggestions become message buttons |
//! | CAROUSEL | CAROUSEL `cards[{body, buttons}]` | `cardWidth` lost (back: MEDIUM) |
//! | PROVIDER_TEMPLATE | — | not 1:1 (a Messages API template is named by `templateName` + `language`): not converted |
//! | OPEN_URL `application` + `webviewViewMode` | `openIn` | renamed |
//! | SHOW_LOCATION `label` | `name` | renamed |
//! | CREATE_CALENDAR_EVENT | ADD_CALENDAR_EVENT | renamed |
//! | `options.smsFailover` (+ `regional`) | `failover[{channel: SMS, ...}]`, `options.regional`, `byChannel` destinations | inferred |
//! | `options.mmsFailover` | — | lost (the MMS failover body of the Messages API is not in the sources) |
//! | `options.deliveryTimeWindow`, `webhooks.delivery.notify`, `receiveTriggeredFailoverReports` | — | lost |
//! | — | `adaptationMode`, `trafficType`, `transliteration`, IMAGE/VIDEO/DOCUMENT `text`, `filename` | lost going back |
//! | request `options` (schedule, tracking, messageOrdering) | the same | direct |
//!
//! ```
//! use rcs_kit::convert::{from_messages_api, to_messages_api};
//! use serde_json::json;
//! let v2 = json!({"messages": [{"sender": "DemoSender",
//!     "destinations": [{"to": "441134960001"}],
//!     "content": {"type": "TEXT", "text": "Hi", "suggestions": [{"type": "OPEN_URL",
//!         "text": "Track", "postbackData": "t", "url": "https://ex.com",
//!         "application": "WEBVIEW", "webviewViewMode": "HALF"}]}}]});
//! let c = to_messages_api(&v2);
//! let out = c.output.as_ref().unwrap();
//! assert_eq!(out["messages"][0]["content"]["buttons"][0]["openIn"], "WEBVIEW_HALF");
//! assert_eq!(c.notes[0].code, "convert.open_url.open_in");
//! assert_eq!(c.notes[0].path, "/messages/0/content/suggestions/0");
//! assert_eq!(from_messages_api(out).output.unwrap(), v2);
//! ```

use crate::rules::{media_of, Media};
use serde_json::{json, Map, Value};
use std::fmt;

/// One thing the conversion changed, inferred or could not keep.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    /// Stable code (`convert.card_width.dropped`, ...).
    pub code: &'static str,
    /// JSON pointer into the input (`""` for the whole body).
    pub path: String,
    /// What happened.
    pub message: String,
    /// Whether something of the input is not in the output, or the output lacks what its
    /// API requires.
    pub lost: bool,
}

impl fmt::Display for Note {
    /// `path: message [code]`, with `(root)` for the whole body.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let path = if self.path.is_empty() {
            "(root)"
        } else {
            &self.path
        };
        write!(f, "{path}: {} [{}]", self.message, self.code)
    }
}

/// A converted body and its notes.
#[derive(Debug, Clone, PartialEq)]
pub struct Conversion {
    /// The converted body; `None` when the input is not a request body (no object).
    pub output: Option<Value>,
    /// What was renamed, inferred or lost, in input order.
    pub notes: Vec<Note>,
}

impl Conversion {
    /// Whether any note says something was lost.
    pub fn is_lossy(&self) -> bool {
        self.notes.iter().any(|n| n.lost)
    }
}

#[derive(Default)]
struct Cx {
    notes: Vec<Note>,
}

impl Cx {
    fn info(&mut self, code: &'static str, path: &str, message: impl Into<String>) {
        self.push(code, path, message.into(), false);
    }
    fn lost(&mut self, code: &'static str, path: &str, message: impl Into<String>) {
        self.push(code, path, message.into(), true);
    }
    fn push(&mut self, code: &'static str, path: &str, message: String, lost: bool) {
        self.notes.push(Note {
            code,
            path: path.to_owned(),
            message,
            lost,
        });
    }
    /// Notes every member of `o` not in `known` as left out.
    fn rest(&mut self, o: &Map<String, Value>, known: &[&str], path: &str, what: &str) {
        for k in o.keys().filter(|k| !known.contains(&k.as_str())) {
            self.lost(
                MEMBER_DROPPED,
                &format!("{path}/{}", escape(k)),
                format!("`{k}` is not a field of {what} this conversion knows; left out"),
            );
        }
    }
}

const MEMBER_DROPPED: &str = "convert.member.dropped";

fn escape(key: &str) -> String {
    key.replace('~', "~0").replace('/', "~1")
}

fn obj(v: Option<&Value>) -> Option<&Map<String, Value>> {
    v.and_then(Value::as_object)
}

fn arr(v: Option<&Value>) -> &[Value] {
    v.and_then(Value::as_array).map_or(&[], Vec::as_slice)
}

fn copy(from: &Map<String, Value>, to: &mut Map<String, Value>, keys: &[&str]) {
    for k in keys {
        if let Some(v) = from.get(*k) {
            to.insert((*k).to_owned(), v.clone());
        }
    }
}

fn str_at<'v>(o: &'v Map<String, Value>, key: &str) -> Option<&'v str> {
    o.get(key).and_then(Value::as_str)
}

/// The `url` of `{ "url": ... }` at `o[key]`.
fn url_of(o: &Map<String, Value>, key: &str) -> Option<Value> {
    obj(o.get(key)).and_then(|r| r.get("url")).cloned()
}

fn convert(
    request: &Value,
    message: fn(&mut Cx, &Map<String, Value>, &str) -> Value,
    what: &str,
) -> Conversion {
    let mut cx = Cx::default();
    let Some(root) = request.as_object() else {
        cx.lost(
            "convert.not_a_request",
            "",
            format!("not {what}: a request body is a JSON object"),
        );
        return Conversion {
            output: None,
            notes: cx.notes,
        };
    };
    let mut out = Map::new();
    if let Some(ms) = root.get("messages") {
        let list: Vec<Value> = match ms.as_array() {
            Some(items) => items
                .iter()
                .enumerate()
                .map(|(i, m)| match m.as_object() {
                    Some(m) => message(&mut cx, m, &format!("/messages/{i}")),
                    None => m.clone(),
                })
                .collect(),
            None => Vec::new(),
        };
        out.insert("messages".into(), Value::Array(list));
    }
    copy(root, &mut out, &["options"]);
    cx.rest(root, &["messages", "options"], "", "a request");
    Conversion {
        output: Some(Value::Object(out)),
        notes: cx.notes,
    }
}

// ---------------------------------------------------------------- RCS API → Messages API

/// Converts an RCS API send request (`POST /rcs/2/messages`) to a Messages API request
/// with `channel: "RCS"`, noting what is renamed, inferred or lost (see the module
/// docs).
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
    convert(request, message_to, "an RCS API request")
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
        if let Some(content) = content_to(cx, c, &format!("{p}/content")) {
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
    copy(
        s,
        &mut out,
        &[
            "text",
            "postbackData",
            "url",
            "phoneNumber",
            "latitude",
            "longitude",
            "startTime",
            "endTime",
            "title",
            "description",
        ],
    );
    cx.rest(s, known, p, "this suggestion");
    Some(Value::Object(out))
}

fn is_video(url: Option<&Value>) -> bool {
    url.and_then(Value::as_str).and_then(media_of) == Some(Media::Video)
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
        "PROVIDER_TEMPLATE" => {
            cx.lost(
                "convert.provider_template.not_converted",
                p,
                "PROVIDER_TEMPLATE is not 1:1 with a Messages API template (named by templateName and language, not templateId): not converted",
            );
            return None;
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

// ---------------------------------------------------------------- Messages API → RCS API

/// Converts a Messages API request with `channel: "RCS"` to an RCS API send request
/// (`POST /rcs/2/messages`), noting what is renamed, inferred or lost (see the module
/// docs).
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
    convert(request, message_from, "a Messages API request")
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
    if let Some(c) = obj(m.get("content")) {
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
    copy(
        b,
        &mut out,
        &[
            "text",
            "postbackData",
            "url",
            "phoneNumber",
            "latitude",
            "longitude",
            "startTime",
            "endTime",
            "title",
            "description",
        ],
    );
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

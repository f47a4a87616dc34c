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
//! | PROVIDER_TEMPLATE `templateId`, `parameters` | template message: `template.templateName`, a TEXT body's placeholders | lost note both ways: a provider template (India, Indonesia) and a Messages API template are registered in different places |
//! | OPEN_URL `application` + `webviewViewMode` | `openIn` | renamed |
//! | SHOW_LOCATION `label` | `name` | renamed |
//! | CREATE_CALENDAR_EVENT | ADD_CALENDAR_EVENT | renamed |
//! | `options.smsFailover` (+ `regional`) | `failover[{channel: SMS, ...}]`, `options.regional`, `byChannel` destinations | inferred |
//! | `options.mmsFailover` | — | lost (the MMS failover body of the Messages API is not in the sources) |
//! | `options.deliveryTimeWindow`, `webhooks.delivery.notify`, `receiveTriggeredFailoverReports` | — | lost |
//! | — | `adaptationMode`, `trafficType`, `transliteration`, IMAGE/VIDEO/DOCUMENT `text`, `filename` | lost going back |
//! | request `options` (schedule, tracking, messageOrdering) | the same | direct |
//! | events (`POST /rcs/1/events`): SEEN, TYPING_INDICATOR | events (`POST /messages-api/1/events`): SEEN, TYPING_STARTED | SEEN direct; TYPING_INDICATOR ↔ TYPING_STARTED inferred; TYPING_STOPPED, `deliveryTimeWindow` and `validityPeriod` lost (the module `events`) |
//!
//! A body with `events` is an events request and converts to the other API's events
//! request.
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

use serde_json::{Map, Value};
use std::fmt;

mod events;
mod from;
mod to;

pub use from::from_messages_api;
pub use to::to_messages_api;

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

    /// `{"output": body | null, "notes": [{code, path, message, lost}]}`: the answer of
    /// the npm package's `toMessagesApi` / `fromMessagesApi` (entry `rcs-kit/messages-api`).
    ///
    /// ```
    /// use rcs_kit::convert::to_messages_api;
    /// let c = to_messages_api(&serde_json::json!([]));
    /// let v: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
    /// assert_eq!(v, serde_json::json!({"output": null, "notes": [{"code": "convert.not_a_request",
    ///     "path": "", "message": "not an RCS API request: a request body is a JSON object", "lost": true}]}));
    /// ```
    pub fn to_json(&self) -> String {
        let notes: Vec<Value> = self
            .notes
            .iter()
            .map(|n| {
                let mut o = Map::new();
                o.insert("code".into(), Value::from(n.code));
                o.insert("path".into(), Value::from(n.path.as_str()));
                o.insert("message".into(), Value::from(n.message.as_str()));
                o.insert("lost".into(), Value::from(n.lost));
                Value::Object(o)
            })
            .collect();
        let mut o = Map::new();
        o.insert("output".into(), self.output.clone().unwrap_or(Value::Null));
        o.insert("notes".into(), Value::Array(notes));
        Value::Object(o).to_string()
    }
}

/// Which way [`convert_text`] converts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// RCS API → Messages API ([`to_messages_api`]).
    ToMessagesApi,
    /// Messages API → RCS API ([`from_messages_api`]).
    FromMessagesApi,
}

/// Converts a body given as JSON text; text that is not JSON gives no output and the
/// note `convert.not_json` (as `rcs-kit convert` refuses it).
///
/// ```
/// use rcs_kit::convert::{convert_text, Direction};
/// let c = convert_text("{", Direction::ToMessagesApi);
/// assert_eq!((c.output, c.notes[0].code), (None, "convert.not_json"));
/// ```
pub fn convert_text(text: &str, direction: Direction) -> Conversion {
    let Ok(value) = serde_json::from_str::<Value>(text) else {
        let mut cx = Cx::default();
        cx.lost("convert.not_json", "", "not JSON: not converted");
        return Conversion {
            output: None,
            notes: cx.notes,
        };
    };
    match direction {
        Direction::ToMessagesApi => to_messages_api(&value),
        Direction::FromMessagesApi => from_messages_api(&value),
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
        self.dropped(o, known, path, |k| {
            format!("`{k}` is not a field of {what} this conversion knows; left out")
        });
    }

    /// Notes each member of `o` not in `carried` as lost: a field the source has for which
    /// `target` (what the conversion makes of `o`) has no place.
    fn no_place(&mut self, o: &Map<String, Value>, carried: &[&str], path: &str, target: &str) {
        self.dropped(o, carried, path, |k| {
            format!("`{k}` has no place in {target}; left out")
        });
    }

    fn dropped(
        &mut self,
        o: &Map<String, Value>,
        kept: &[&str],
        path: &str,
        why: impl Fn(&str) -> String,
    ) {
        for k in o.keys().filter(|k| !kept.contains(&k.as_str())) {
            self.lost(MEMBER_DROPPED, &format!("{path}/{}", escape(k)), why(k));
        }
    }
}

/// The members an RCS suggestion and a Messages API button spell alike, copied as they
/// are in both directions.
const ACTION_FIELDS: &[&str] = &[
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
];

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

/// Converts a body: its `messages` with `message`, or, when it has `events`, its events
/// with `event` (`None`: the event has no equivalent and is left out).
fn convert(
    request: &Value,
    message: fn(&mut Cx, &Map<String, Value>, &str) -> Value,
    event: fn(&mut Cx, &Map<String, Value>, &str) -> Option<Value>,
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
    if let Some(es) = root.get("events") {
        let list: Vec<Value> = arr(Some(es))
            .iter()
            .enumerate()
            .filter_map(|(i, e)| match e.as_object() {
                Some(e) => event(&mut cx, e, &format!("/events/{i}")),
                None => Some(e.clone()),
            })
            .collect();
        out.insert("events".into(), Value::Array(list));
        cx.rest(root, &["events"], "", "an events request");
        return Conversion {
            output: Some(Value::Object(out)),
            notes: cx.notes,
        };
    }
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

//! Migration of legacy `/ott/rcs/1/message` bodies to `/rcs/2/messages` requests.
//!
//! [`migrate`] reads a legacy single body (`{"from", "to", "content", ...}`) or a bulk
//! body (`{"messages": [<single body>, ...]}`, `/ott/rcs/1/message/bulk`) and writes the
//! v2 request (spec sections 2.5 and 2):
//!
//! | legacy | `/rcs/2/messages` |
//! |---|---|
//! | `from` | `sender` (required in v2: [`MigrateOptions::sender`] fills it in when absent) |
//! | `to`, `messageId` | `destinations: [{"to", "messageId"}]` |
//! | `validityPeriod` + `validityPeriodTimeUnit` | `options.validityPeriod {amount, timeUnit}`; `DAYS` become `HOURS` |
//! | `smsFailover {from, text, validityPeriod, validityPeriodTimeUnit}` | `options.smsFailover {sender, text, validityPeriod}` |
//! | `notifyUrl` | `webhooks.delivery.url` |
//! | `notifyContentType` | `webhooks.contentType` |
//! | `callbackData` | `webhooks.callbackData` |
//! | `content` (or the pre-2020 `message`) | `content`: TEXT, FILE, CARD, CAROUSEL with their suggestions |
//!
//! Whatever has no v2 equivalent is left out of the request and reported in a
//! [`Note`], never dropped silently: unknown members, content and suggestion types the
//! v2 API does not have, a `DIAL_PHONE` without `phoneNumber` (optional in the legacy
//! API, required in v2), an unknown time unit. A validity over 48 hours is migrated with a
//! note: the v2 API sets it to 48 hours. Note paths are JSON pointers into the *legacy*
//! body.
//!
//! ```
//! use rcs_kit::legacy::migrate;
//! let m = migrate(r#"{"from":"myRcsSender","to":"385977666618","validityPeriod":3,
//!   "validityPeriodTimeUnit":"DAYS","content":{"type":"TEXT","text":"Hello"},
//!   "notifyUrl":"https://www.example.com/rcs","messageId":"ext-1"}"#);
//! assert_eq!(m.request, Some(serde_json::json!({"messages": [{
//!     "sender": "myRcsSender",
//!     "destinations": [{"to": "385977666618", "messageId": "ext-1"}],
//!     "content": {"type": "TEXT", "text": "Hello"},
//!     "options": {"validityPeriod": {"amount": 72, "timeUnit": "HOURS"}},
//!     "webhooks": {"delivery": {"url": "https://www.example.com/rcs"}}}]})));
//! assert_eq!(m.notes.len(), 1);
//! assert_eq!(m.notes[0].path, "/validityPeriod");
//! assert!(m.notes[0].message.contains("48 hours"));
//! assert!(m.validate(&rcs_kit::Options::at(0)).unwrap().is_valid());
//! ```

use crate::json::Doc;
use crate::validate::{validate_value, Options, Report, Severity};
use serde_json::{Map, Value};
use std::fmt;

/// One thing a person should know about a migration, located in the legacy body.
///
/// ```
/// use rcs_kit::legacy::migrate;
/// let m = migrate(r#"{"from":"S","to":"385977666618","content":{"type":"TEXT","text":"Hi"},"priority":1}"#);
/// assert_eq!(m.notes[0].to_string(), "/priority: `priority` is not a field of a legacy message; left out");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    /// [`Severity::Error`]: something of the legacy body is not in the request (left out,
    /// or it cannot be sent as it is); [`Severity::Warning`]: migrated, but the API will
    /// behave differently than the legacy one did.
    pub severity: Severity,
    /// JSON pointer into the legacy body (`""` for the whole body).
    pub path: String,
    /// What happened and, where there is something to do, what.
    pub message: String,
}

impl fmt::Display for Note {
    /// `path: message`, with `(root)` for the whole body.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let path = if self.path.is_empty() {
            "(root)"
        } else {
            &self.path
        };
        write!(f, "{path}: {}", self.message)
    }
}

/// How to migrate.
///
/// ```
/// use rcs_kit::legacy::{migrate_with, MigrateOptions};
/// let opts = MigrateOptions { sender: Some("DemoSender".into()) };
/// let m = migrate_with(r#"{"to":"385977666618","content":{"type":"TEXT","text":"Hi"}}"#, &opts);
/// assert_eq!(m.request.unwrap()["messages"][0]["sender"], "DemoSender");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct MigrateOptions {
    /// The `sender` of messages without `from` (the legacy API then used the account's
    /// default sender; v2 requires one). `None` leaves `sender` out, with an error note.
    pub sender: Option<String>,
}

/// The result of a migration.
#[derive(Debug, Clone, PartialEq)]
pub struct Migration {
    /// The `/rcs/2/messages` request; `None` when the input is not a legacy body.
    pub request: Option<Value>,
    /// What was left out, changed, or is missing, in the order found.
    pub notes: Vec<Note>,
}

impl Migration {
    /// True when there is a request.
    pub fn is_migrated(&self) -> bool {
        self.request.is_some()
    }

    /// Validates the request (as [`validate_value`]); `None` when there is none.
    ///
    /// ```
    /// let m = rcs_kit::legacy::migrate(r#"{"to":"385977666618","content":{"type":"TEXT","text":"Hi"}}"#);
    /// let report = m.validate(&rcs_kit::Options::at(0)).unwrap();
    /// assert!(!report.is_valid()); // no `from`, so no `sender`
    /// assert_eq!(report.issues()[0].code, "field.required");
    /// ```
    pub fn validate(&self, opts: &Options) -> Option<Report> {
        let opts = Options {
            kind: Some(crate::Kind::Request),
            ..opts.clone()
        };
        self.request.as_ref().map(|r| validate_value(r, &opts))
    }

    /// The request as indented JSON, members in the API's order (`sender`,
    /// `destinations`, `content`, `options`, `webhooks`) when it fits the typed model
    /// ([`SendRequest`](crate::model::SendRequest)), in alphabetical order otherwise.
    ///
    /// ```
    /// let m = rcs_kit::legacy::migrate(r#"{"from":"S","to":"385977666618","content":{"type":"TEXT","text":"Hi"}}"#);
    /// let json = m.to_pretty().unwrap();
    /// assert!(json.find("\"sender\"").unwrap() < json.find("\"content\"").unwrap());
    /// ```
    pub fn to_pretty(&self) -> Option<String> {
        let request = self.request.as_ref()?;
        let typed = serde_json::from_value::<crate::model::SendRequest>(request.clone())
            .ok()
            .and_then(|t| {
                // Only when the typed model gives back exactly this value.
                let same = serde_json::to_value(&t).ok().as_ref() == Some(request);
                same.then(|| serde_json::to_string_pretty(&t).ok())
                    .flatten()
            });
        typed.or_else(|| serde_json::to_string_pretty(request).ok())
    }
}

/// Migrates a legacy body given as JSON text, with default options.
///
/// ```
/// use rcs_kit::legacy::migrate;
/// let bulk = migrate(r#"{"messages":[
///   {"from":"S","to":"385977666618","content":{"type":"TEXT","text":"One"}},
///   {"from":"S","to":"385977666619","message":{"type":"TEXT","text":"Two"}}]}"#);
/// let request = bulk.request.unwrap();
/// assert_eq!(request["messages"][1]["content"]["text"], "Two");
/// assert!(bulk.notes.is_empty());
///
/// let not_legacy = migrate(r#"{"messages":[{"sender":"S","destinations":[{"to":"385977666618"}],
///   "content":{"type":"TEXT","text":"Hi"}}]}"#);
/// assert!(not_legacy.request.is_none());
/// assert!(not_legacy.notes[0].message.contains("already"));
/// ```
pub fn migrate(json: &str) -> Migration {
    migrate_with(json, &MigrateOptions::default())
}

/// Migrates a legacy body given as JSON text.
pub fn migrate_with(json: &str, opts: &MigrateOptions) -> Migration {
    let mut notes = Vec::new();
    let doc = match Doc::parse(json) {
        Ok(doc) => doc,
        Err(e) => {
            notes.push(note(
                Severity::Error,
                &e.path,
                format!("not JSON ({e}); nothing migrated"),
            ));
            return Migration {
                request: None,
                notes,
            };
        }
    };
    for d in doc.duplicates() {
        notes.push(note(
            Severity::Error,
            &d.pointer,
            format!(
                "`{}` appears more than once in this object; only the last value was migrated",
                d.key.decode()
            ),
        ));
    }
    match serde_json::from_str::<Value>(json) {
        Ok(value) => {
            let mut m = migrate_value(&value, opts);
            notes.append(&mut m.notes);
            m.notes = notes;
            m
        }
        Err(e) => {
            notes.push(note(
                Severity::Error,
                "",
                format!("not JSON ({e}); nothing migrated"),
            ));
            Migration {
                request: None,
                notes,
            }
        }
    }
}

/// Migrates a legacy body given as a `serde_json::Value`.
///
/// ```
/// use rcs_kit::legacy::{migrate_value, MigrateOptions};
/// let legacy = serde_json::json!({"from": "S", "to": "385977666618",
///     "content": {"type": "TEXT", "text": "Hi", "suggestions": [
///         {"type": "DIAL_PHONE", "text": "Call", "postbackData": "call"}]}});
/// let m = migrate_value(&legacy, &MigrateOptions::default());
/// assert!(m.request.unwrap()["messages"][0]["content"].get("suggestions").is_none());
/// assert_eq!(m.notes[0].path, "/content/suggestions/0");
/// ```
pub fn migrate_value(value: &Value, opts: &MigrateOptions) -> Migration {
    let mut cx = Cx {
        notes: Vec::new(),
        opts,
    };
    let request = cx.body(value);
    Migration {
        request,
        notes: cx.notes,
    }
}

fn note(severity: Severity, path: &str, message: String) -> Note {
    Note {
        severity,
        path: path.into(),
        message,
    }
}

/// A legacy message object: no v2 members, and at least one legacy one.
fn looks_legacy(o: &Map<String, Value>) -> bool {
    let v2 = ["destinations", "sender", "events", "options", "webhooks"];
    let legacy = ["to", "from", "content", "message"];
    !v2.iter().any(|k| o.contains_key(*k)) && legacy.iter().any(|k| o.contains_key(*k))
}

fn child(path: &str, key: &str) -> String {
    format!("{path}/{}", key.replace('~', "~0").replace('/', "~1"))
}

fn type_name(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// 48 hours: the longest validity the v2 API keeps.
const MAX_VALIDITY_SECONDS: i128 = 48 * 3600;

/// Legacy suggestion types (all five) plus the v2-only calendar event, with their own
/// members.
const SUGGESTION_FIELDS: &[(&str, &[&str])] = &[
    ("REPLY", &[]),
    ("OPEN_URL", &["url", "application", "webviewViewMode"]),
    ("DIAL_PHONE", &["phoneNumber"]),
    ("SHOW_LOCATION", &["latitude", "longitude", "label"]),
    ("REQUEST_LOCATION", &[]),
    (
        "CREATE_CALENDAR_EVENT",
        &["startTime", "endTime", "title", "description"],
    ),
];

struct Cx<'o> {
    notes: Vec<Note>,
    opts: &'o MigrateOptions,
}

impl Cx<'_> {
    fn error(&mut self, path: &str, message: String) {
        self.notes.push(note(Severity::Error, path, message));
    }

    fn warn(&mut self, path: &str, message: String) {
        self.notes.push(note(Severity::Warning, path, message));
    }

    /// Notes every member of `o` not in `known` as left out.
    fn rest(&mut self, o: &Map<String, Value>, path: &str, known: &[&str], what: &str) {
        for key in o.keys().filter(|k| !known.contains(&k.as_str())) {
            self.error(
                &child(path, key),
                format!("`{key}` is not a field of a legacy {what}; left out"),
            );
        }
    }

    fn body(&mut self, value: &Value) -> Option<Value> {
        let Some(root) = value.as_object() else {
            self.error(
                "",
                format!(
                    "not a legacy /ott/rcs/1/message body: it is {}, not an object",
                    type_name(value)
                ),
            );
            return None;
        };
        if root.contains_key("events") {
            self.error(
                "",
                "this is a /rcs/1/events body, not a legacy message: nothing to migrate".into(),
            );
            return None;
        }
        let messages = match root.get("messages") {
            Some(Value::Array(items)) if !root.contains_key("to") => self.bulk(root, items)?,
            Some(other) if !root.contains_key("to") => {
                self.error(
                    "/messages",
                    format!(
                        "not a legacy bulk body: `messages` is {}, not an array",
                        type_name(other)
                    ),
                );
                return None;
            }
            _ if looks_legacy(root) => vec![self.message(root, "")],
            _ => {
                let why = if root.contains_key("destinations") || root.contains_key("sender") {
                    "it has the v2 members `sender`/`destinations` (wrap it in {\"messages\": [...]}, it needs no migration)"
                } else {
                    "it has neither `to` nor `content`"
                };
                self.error("", format!("not a legacy /ott/rcs/1/message body: {why}"));
                return None;
            }
        };
        let mut out = Map::new();
        out.insert("messages".into(), Value::Array(messages));
        Some(Value::Object(out))
    }

    fn bulk(&mut self, root: &Map<String, Value>, items: &[Value]) -> Option<Vec<Value>> {
        if items.is_empty() {
            self.error(
                "/messages",
                "the bulk body has no messages: nothing to migrate".into(),
            );
            return None;
        }
        let legacy = items.iter().filter_map(Value::as_object).any(looks_legacy);
        if !legacy {
            self.error(
                "",
                "this is already a /rcs/2/messages request (its messages have no legacy members `to`, `from`, `content`): nothing to migrate"
                    .into(),
            );
            return None;
        }
        self.rest(root, "", &["messages"], "bulk body");
        let mut out = Vec::with_capacity(items.len());
        for (i, item) in items.iter().enumerate() {
            let path = format!("/messages/{i}");
            match item.as_object() {
                Some(o) if looks_legacy(o) => out.push(self.message(o, &path)),
                Some(_) => self.error(
                    &path,
                    "not a legacy message (it has v2 members, or none of `to`, `from`, `content`); left out"
                        .into(),
                ),
                None => self.error(
                    &path,
                    format!("a message must be an object, not {}; left out", type_name(item)),
                ),
            }
        }
        if out.is_empty() {
            return None;
        }
        Some(out)
    }

    /// One legacy message at `path`.
    fn message(&mut self, o: &Map<String, Value>, path: &str) -> Value {
        let mut out = Map::new();
        match o.get("from") {
            Some(from) => {
                out.insert("sender".into(), from.clone());
            }
            None => match &self.opts.sender {
                Some(sender) => {
                    self.warn(
                        path,
                        format!("no `from` (the legacy API used the account's default sender): `sender` is \"{sender}\", as given"),
                    );
                    out.insert("sender".into(), Value::String(sender.clone()));
                }
                None => self.error(
                    path,
                    "no `from`: the legacy API used the account's default sender, but /rcs/2/messages requires `sender`; give one (MigrateOptions::sender, or --sender on the command line)"
                        .into(),
                ),
            },
        }
        let mut destination = Map::new();
        match o.get("to") {
            Some(to) => {
                destination.insert("to".into(), to.clone());
            }
            None => self.error(
                path,
                "no `to`: the destination is required in both APIs".into(),
            ),
        }
        if let Some(id) = o.get("messageId") {
            destination.insert("messageId".into(), id.clone());
        }
        if !destination.is_empty() {
            out.insert(
                "destinations".into(),
                Value::Array(vec![Value::Object(destination)]),
            );
        }

        let content = match (o.get("content"), o.get("message")) {
            (Some(c), m) => {
                if m.is_some() {
                    self.error(
                        &child(path, "message"),
                        "both `content` and the pre-2020 `message` are given: `content` was migrated, `message` left out"
                            .into(),
                    );
                }
                self.content(c, &child(path, "content"))
            }
            (None, Some(m)) => self.content(m, &child(path, "message")),
            (None, None) => {
                self.error(path, "no `content`: nothing to send".into());
                None
            }
        };
        if let Some(c) = content {
            out.insert("content".into(), c);
        }

        let mut options = Map::new();
        if let Some(v) = self.validity(o, path) {
            options.insert("validityPeriod".into(), v);
        }
        let failover = match (o.get("smsFailover"), o.get("smsFailOver")) {
            (Some(f), other) => {
                if other.is_some() {
                    self.error(
                        &child(path, "smsFailOver"),
                        "both `smsFailover` and `smsFailOver` are given: `smsFailover` was migrated, `smsFailOver` left out"
                            .into(),
                    );
                }
                self.sms_failover(f, &child(path, "smsFailover"))
            }
            (None, Some(f)) => {
                self.warn(
                    &child(path, "smsFailOver"),
                    "`smsFailOver` (as the community Python SDK spells it) read as `smsFailover`"
                        .into(),
                );
                self.sms_failover(f, &child(path, "smsFailOver"))
            }
            (None, None) => None,
        };
        if let Some(f) = failover {
            options.insert("smsFailover".into(), f);
        }
        if !options.is_empty() {
            out.insert("options".into(), Value::Object(options));
        }

        let mut webhooks = Map::new();
        if let Some(url) = o.get("notifyUrl") {
            let mut delivery = Map::new();
            delivery.insert("url".into(), url.clone());
            webhooks.insert("delivery".into(), Value::Object(delivery));
        }
        if let Some(ct) = o.get("notifyContentType") {
            webhooks.insert("contentType".into(), ct.clone());
        }
        if let Some(cb) = o.get("callbackData") {
            webhooks.insert("callbackData".into(), cb.clone());
        }
        if !webhooks.is_empty() {
            out.insert("webhooks".into(), Value::Object(webhooks));
        }

        self.rest(
            o,
            path,
            &[
                "from",
                "to",
                "messageId",
                "content",
                "message",
                "validityPeriod",
                "validityPeriodTimeUnit",
                "smsFailover",
                "smsFailOver",
                "notifyUrl",
                "notifyContentType",
                "callbackData",
            ],
            "message",
        );
        Value::Object(out)
    }

    /// `validityPeriod` + `validityPeriodTimeUnit` of `o` as a v2 `validityPeriod`.
    fn validity(&mut self, o: &Map<String, Value>, path: &str) -> Option<Value> {
        let amount_path = child(path, "validityPeriod");
        let unit_path = child(path, "validityPeriodTimeUnit");
        let (amount, unit) = match (o.get("validityPeriod"), o.get("validityPeriodTimeUnit")) {
            (None, None) => return None,
            (None, Some(_)) => {
                self.warn(
                    &unit_path,
                    "`validityPeriodTimeUnit` without `validityPeriod` has no effect; left out"
                        .into(),
                );
                return None;
            }
            (Some(a), u) => (a, u),
        };
        let Some(n) = amount.as_i64() else {
            self.error(
                &amount_path,
                format!("`validityPeriod` must be a whole number of time units, not {}; the validity period is left out (the API's default applies)", type_name(amount)),
            );
            return None;
        };
        let unit = match unit {
            None => None,
            Some(Value::String(s)) => Some(s.as_str()),
            Some(other) => {
                self.error(
                    &unit_path,
                    format!("`validityPeriodTimeUnit` must be a string, not {}; the validity period is left out (the API's default applies)", type_name(other)),
                );
                return None;
            }
        };
        let (amount, v2_unit, seconds) = match unit {
            None => (n, None, 60),
            Some("SECONDS") => (n, Some("SECONDS"), 1),
            Some("MINUTES") => (n, Some("MINUTES"), 60),
            Some("HOURS") => (n, Some("HOURS"), 3600),
            Some("DAYS") => match n.checked_mul(24) {
                Some(hours) => (hours, Some("HOURS"), 3600),
                None => {
                    self.error(
                        &amount_path,
                        format!("{n} DAYS cannot be written in hours; the validity period is left out (the API's default applies)"),
                    );
                    return None;
                }
            },
            Some(other) => {
                self.error(
                    &unit_path,
                    format!("\"{other}\" is not a legacy time unit (SECONDS, MINUTES, HOURS, DAYS); the validity period is left out (the API's default applies)"),
                );
                return None;
            }
        };
        if i128::from(amount) * seconds > MAX_VALIDITY_SECONDS {
            let given = match unit {
                Some("DAYS") => format!("{n} DAYS ({amount} hours)"),
                Some(u) => format!("{n} {u}"),
                None => format!("{n} MINUTES"),
            };
            self.warn(
                &amount_path,
                format!("a validity of {given} is over 48 hours: migrated, but the v2 API sets it to 48 hours"),
            );
        }
        let mut out = Map::new();
        out.insert("amount".into(), Value::from(amount));
        if let Some(u) = v2_unit {
            out.insert("timeUnit".into(), Value::String(u.into()));
        }
        Some(Value::Object(out))
    }

    fn sms_failover(&mut self, v: &Value, path: &str) -> Option<Value> {
        let Some(o) = v.as_object() else {
            self.error(
                path,
                format!(
                    "the SMS failover must be an object, not {}; left out",
                    type_name(v)
                ),
            );
            return None;
        };
        let mut out = Map::new();
        if let Some(from) = o.get("from") {
            out.insert("sender".into(), from.clone());
        }
        if let Some(text) = o.get("text") {
            out.insert("text".into(), text.clone());
        }
        if let Some(v) = self.validity(o, path) {
            out.insert("validityPeriod".into(), v);
        }
        self.rest(
            o,
            path,
            &["from", "text", "validityPeriod", "validityPeriodTimeUnit"],
            "SMS failover",
        );
        Some(Value::Object(out))
    }

    fn content(&mut self, v: &Value, path: &str) -> Option<Value> {
        let Some(o) = v.as_object() else {
            self.error(
                path,
                format!(
                    "the content must be an object, not {}; left out",
                    type_name(v)
                ),
            );
            return None;
        };
        let ty = match o.get("type") {
            Some(Value::String(s)) => s.as_str(),
            None if o.contains_key("text") => {
                self.warn(
                    path,
                    "no `type`: read as TEXT content (it has a `text`)".into(),
                );
                "TEXT"
            }
            _ => {
                self.error(
                    path,
                    "the content has no `type` string (TEXT, FILE, CARD, CAROUSEL); left out"
                        .into(),
                );
                return None;
            }
        };
        let mut out = Map::new();
        out.insert("type".into(), Value::String(ty.into()));
        match ty {
            "TEXT" => {
                copy(o, &mut out, "text");
                self.suggestions(o, &mut out, path);
                self.rest(o, path, &["type", "text", "suggestions"], "TEXT content");
            }
            "FILE" => {
                self.resource(o, &mut out, path, "file");
                self.resource(o, &mut out, path, "thumbnail");
                self.suggestions(o, &mut out, path);
                self.rest(
                    o,
                    path,
                    &["type", "file", "thumbnail", "suggestions"],
                    "FILE content",
                );
            }
            "CARD" => {
                copy(o, &mut out, "orientation");
                match o.get("alignment") {
                    Some(a) => {
                        out.insert("alignment".into(), a.clone());
                    }
                    None if o.get("orientation").and_then(Value::as_str) == Some("VERTICAL") => {
                        self.warn(
                            path,
                            "no `alignment`: v2 requires it even for VERTICAL cards (where it has no effect); set to LEFT".into(),
                        );
                        out.insert("alignment".into(), Value::String("LEFT".into()));
                    }
                    None => {}
                }
                if let Some(card) = o.get("content") {
                    if let Some(c) = self.card_content(card, &child(path, "content")) {
                        out.insert("content".into(), c);
                    }
                }
                self.suggestions(o, &mut out, path);
                self.rest(
                    o,
                    path,
                    &["type", "orientation", "alignment", "content", "suggestions"],
                    "CARD content",
                );
            }
            "CAROUSEL" => {
                copy(o, &mut out, "cardWidth");
                match o.get("contents") {
                    Some(Value::Array(cards)) => {
                        let mut list = Vec::with_capacity(cards.len());
                        for (i, card) in cards.iter().enumerate() {
                            let p = format!("{}/{i}", child(path, "contents"));
                            if let Some(c) = self.card_content(card, &p) {
                                list.push(c);
                            }
                        }
                        out.insert("contents".into(), Value::Array(list));
                    }
                    Some(other) => self.error(
                        &child(path, "contents"),
                        format!(
                            "`contents` must be an array of cards, not {}; left out",
                            type_name(other)
                        ),
                    ),
                    None => {}
                }
                self.suggestions(o, &mut out, path);
                self.rest(
                    o,
                    path,
                    &["type", "cardWidth", "contents", "suggestions"],
                    "CAROUSEL content",
                );
            }
            other => {
                self.error(
                    &child(path, "type"),
                    format!("content type \"{other}\" is not one of the legacy API (TEXT, FILE, CARD, CAROUSEL); the content is left out"),
                );
                return None;
            }
        }
        Some(Value::Object(out))
    }

    /// A card of a CARD (`content`) or a CAROUSEL (`contents[]`).
    fn card_content(&mut self, v: &Value, path: &str) -> Option<Value> {
        let Some(o) = v.as_object() else {
            self.error(
                path,
                format!("a card must be an object, not {}; left out", type_name(v)),
            );
            return None;
        };
        let mut out = Map::new();
        copy(o, &mut out, "title");
        copy(o, &mut out, "description");
        if let Some(media) = o.get("media") {
            let p = child(path, "media");
            match media.as_object() {
                Some(m) => {
                    let mut media_out = Map::new();
                    self.resource(m, &mut media_out, &p, "file");
                    self.resource(m, &mut media_out, &p, "thumbnail");
                    copy(m, &mut media_out, "height");
                    self.rest(m, &p, &["file", "thumbnail", "height"], "card media");
                    out.insert("media".into(), Value::Object(media_out));
                }
                None => self.error(
                    &p,
                    format!(
                        "`media` must be an object, not {}; left out",
                        type_name(media)
                    ),
                ),
            }
        }
        self.suggestions(o, &mut out, path);
        self.rest(
            o,
            path,
            &["title", "description", "media", "suggestions"],
            "card",
        );
        Some(Value::Object(out))
    }

    /// `o[key]`, a `{"url"}` object (or a bare URL string), into `out[key]`.
    fn resource(
        &mut self,
        o: &Map<String, Value>,
        out: &mut Map<String, Value>,
        path: &str,
        key: &str,
    ) {
        let Some(v) = o.get(key) else {
            return;
        };
        let p = child(path, key);
        match v {
            Value::Object(r) => {
                let mut res = Map::new();
                copy(r, &mut res, "url");
                self.rest(r, &p, &["url"], "file reference");
                out.insert(key.into(), Value::Object(res));
            }
            Value::String(url) => {
                self.warn(
                    &p,
                    format!("a bare URL: written as {{\"url\": ...}} as `{key}` is in both APIs"),
                );
                let mut res = Map::new();
                res.insert("url".into(), Value::String(url.clone()));
                out.insert(key.into(), Value::Object(res));
            }
            other => self.error(
                &p,
                format!(
                    "`{key}` must be an object {{\"url\": ...}}, not {}; left out",
                    type_name(other)
                ),
            ),
        }
    }

    /// `o.suggestions`, each migrated or left out with a note, into `out`.
    fn suggestions(&mut self, o: &Map<String, Value>, out: &mut Map<String, Value>, path: &str) {
        let Some(v) = o.get("suggestions") else {
            return;
        };
        let p = child(path, "suggestions");
        let Some(items) = v.as_array() else {
            self.error(
                &p,
                format!(
                    "`suggestions` must be an array, not {}; left out",
                    type_name(v)
                ),
            );
            return;
        };
        let list: Vec<Value> = items
            .iter()
            .enumerate()
            .filter_map(|(i, s)| self.suggestion(s, &format!("{p}/{i}")))
            .collect();
        if list.is_empty() && !items.is_empty() {
            return;
        }
        out.insert("suggestions".into(), Value::Array(list));
    }

    fn suggestion(&mut self, v: &Value, path: &str) -> Option<Value> {
        let Some(o) = v.as_object() else {
            self.error(
                path,
                format!(
                    "a suggestion must be an object, not {}; left out",
                    type_name(v)
                ),
            );
            return None;
        };
        let Some(ty) = o.get("type").and_then(Value::as_str) else {
            self.error(path, "the suggestion has no `type` string; left out".into());
            return None;
        };
        let Some((_, own)) = SUGGESTION_FIELDS.iter().find(|(name, _)| *name == ty) else {
            self.error(
                &child(path, "type"),
                format!("suggestion type \"{ty}\" is not one of the legacy API (REPLY, OPEN_URL, DIAL_PHONE, SHOW_LOCATION, REQUEST_LOCATION); the suggestion is left out"),
            );
            return None;
        };
        if ty == "DIAL_PHONE" && !o.contains_key("phoneNumber") {
            self.error(
                path,
                "a DIAL_PHONE suggestion without `phoneNumber` (optional in the legacy API) cannot be sent to /rcs/2/messages, which requires it; the suggestion is left out"
                    .into(),
            );
            return None;
        }
        let mut out = Map::new();
        for key in ["type", "text", "postbackData"].iter().chain(own.iter()) {
            copy(o, &mut out, key);
        }
        let known: Vec<&str> = ["type", "text", "postbackData"]
            .iter()
            .chain(own.iter())
            .copied()
            .collect();
        self.rest(o, path, &known, &format!("{ty} suggestion"));
        Some(Value::Object(out))
    }
}

fn copy(from: &Map<String, Value>, to: &mut Map<String, Value>, key: &str) {
    if let Some(v) = from.get(key) {
        to.insert(key.into(), v.clone());
    }
}

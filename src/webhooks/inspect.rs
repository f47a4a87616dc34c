//! Detecting the kind of a webhook body, checking it against the spec, and summarizing it.

use super::{detect, rules};
use super::{Webhook, WebhookKind};
use crate::json::{rules as json_rules, Doc};
use crate::options::Options;
use crate::report::Issue;
use crate::rule::{Rule, Severity};
use crate::schema::{webhooks as tables, Direction, Object};
use crate::validate;
use serde_json::{Map, Value};
use std::fmt;

/// What [`inspect`] found.
#[derive(Debug, Clone, PartialEq)]
pub struct Inspection {
    /// The kind detected from the body's shape ([`WebhookKind::Unknown`] when none fits).
    pub kind: WebhookKind,
    /// Every problem, in document order within each check; paths are JSON pointers into
    /// the body. Errors: not JSON, unknown kind, a required member missing, a wrong type,
    /// a date-time or coordinate out of range. Warnings: unknown members and enum values
    /// (kept), members the spec requires but older payloads omit, counts that disagree.
    pub issues: Vec<Issue>,
    /// A summary for a person, one line per result (at most [`SUMMARY_LINES`]).
    pub summary: String,
    /// The typed body, when the kind is known and the body fits the model.
    pub webhook: Option<Webhook>,
}

/// The most results [`Inspection::summary`] lists one by one.
pub const SUMMARY_LINES: usize = 20;

impl Inspection {
    /// True when the kind is known and there is no error (warnings allowed).
    pub fn is_well_formed(&self) -> bool {
        self.kind.is_known() && self.errors().next().is_none()
    }

    /// Only the errors.
    pub fn errors(&self) -> impl Iterator<Item = &Issue> {
        self.issues.iter().filter(|i| i.severity == Severity::Error)
    }

    /// Only the warnings.
    pub fn warnings(&self) -> impl Iterator<Item = &Issue> {
        self.issues
            .iter()
            .filter(|i| i.severity == Severity::Warning)
    }
}

impl fmt::Display for Inspection {
    /// The summary, then one line per issue (`path: severity: message [code]`).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.summary)?;
        for i in &self.issues {
            writeln!(f, "{i}")?;
        }
        Ok(())
    }
}

/// Detects, checks and summarizes an inbound webhook body.
///
/// ```
/// use rcs_kit::webhooks::{inspect, WebhookKind};
/// let i = inspect(r#"{"results":[{"bulkId":"b1","messageId":"m1","to":"441134960001",
///   "status":{"groupId":3,"groupName":"DELIVERED","id":5,"name":"DELIVERED_TO_HANDSET"},
///   "price":{"trafficType":"RICH","pricePerMessage":0.01,"currency":"USD"},
///   "messageCount":1,"channel":"RCS"}]}"#);
/// assert_eq!(i.kind, WebhookKind::DeliveryReport);
/// assert!(i.is_well_formed());
/// assert_eq!(i.summary.lines().nth(1).unwrap(),
///     "  441134960001 DELIVERED (RICH, 1 segment) via RCS: DELIVERED_TO_HANDSET, message m1, 0.01 USD");
///
/// let bad = inspect(r#"{"results":[{"sender":"385912345678","to":"DemoSender",
///   "integrationType":"RCS","receivedAt":"2024-06-14T09:12:00.000+0000","messageId":"m2",
///   "message":{"type":"LOCATION","latitude":91,"longitude":15},"price":{}}],
///   "messageCount":1,"pendingMessageCount":0}"#);
/// assert!(!bad.is_well_formed());
/// assert!(bad.issues.iter().any(|i| i.code == rcs_kit::limits::LOCATION_LATITUDE.code_over()
///     && i.path == "/results/0/message/latitude"));
/// ```
pub fn inspect(json: &str) -> Inspection {
    let mut issues = Vec::new();
    let doc = match Doc::parse(json) {
        Ok(doc) => doc,
        Err(e) => {
            issues.push(issue(e.kind.rule(), &e.path, e.to_string()));
            return unknown(issues, "Not JSON: the body cannot be read.");
        }
    };
    for d in doc.duplicates() {
        issues.push(issue(
            &json_rules::DUPLICATE_KEY,
            &d.pointer,
            format!(
                "`{}` appears more than once in this object; only the last value is read",
                clip(&d.key.decode())
            ),
        ));
    }
    // The summary and the typed model read a `serde_json::Value`: the second and last
    // parse (our reader accepts a few numbers serde_json does not).
    let value: Value = match serde_json::from_str(json) {
        Ok(v) => v,
        Err(e) => {
            issues.push(issue(&json_rules::SYNTAX, "", e.to_string()));
            return unknown(issues, "Not JSON: the body cannot be read.");
        }
    };
    let kind = detect::body_kind(&doc, doc.root());
    let nested = doc.get_last(doc.root(), "capabilityCheckResult").is_some();
    let table = match kind {
        WebhookKind::CapabilityResult if nested => Some(&tables::CAPABILITY_ASYNC_RESULT),
        _ => table(kind),
    };
    let Some(table) = table else {
        let why = why_unknown(&value);
        issues.push(issue(&rules::KIND_UNKNOWN, "", why.clone()));
        return unknown(issues, &format!("Not a known RCS webhook: {why}."));
    };
    let report = validate::walk_doc(&doc, &Options::without_clock(), table, Direction::Inbound);
    issues.extend(report.into_issues());
    let summary = summarize(&value, kind);
    let webhook = match Webhook::from_value(kind, value) {
        Ok(w) => Some(w),
        Err(e) => {
            // The walk finds every shape the model rejects; this is a safety net.
            if issues.iter().all(|i| i.severity != Severity::Error) {
                issues.push(issue(
                    &rules::MODEL,
                    "",
                    format!("the body does not fit the {} model: {e}", kind.model_name()),
                ));
            }
            None
        }
    };
    Inspection {
        kind,
        issues,
        summary,
        webhook,
    }
}

/// The table of a webhook kind.
fn table(kind: WebhookKind) -> Option<&'static Object> {
    match kind {
        WebhookKind::MoMessage => Some(&tables::MO_MESSAGES),
        WebhookKind::MoEvent => Some(&tables::MO_EVENTS),
        WebhookKind::TypingIndicator => Some(&tables::TYPING_EVENTS),
        WebhookKind::DeliveryReport => Some(&tables::DELIVERY_REPORTS),
        WebhookKind::SeenReport => Some(&tables::SEEN_REPORTS),
        WebhookKind::ConversationStarted => Some(&tables::CONVERSATIONS_STARTED),
        WebhookKind::CapabilityResult => Some(&tables::CAPABILITY_RESULT),
        WebhookKind::CapabilityQueryResponse => Some(&tables::CAPABILITY_QUERY_RESPONSE),
        WebhookKind::CapabilityNotifyResponse => Some(&tables::CAPABILITY_NOTIFY_RESPONSE),
        WebhookKind::Unknown => None,
    }
}

fn issue(rule: &'static Rule, path: &str, message: String) -> Issue {
    Issue::new(
        rule.severity,
        rule.code,
        path.into(),
        message.into(),
        None,
        None,
    )
}

fn unknown(issues: Vec<Issue>, summary: &str) -> Inspection {
    Inspection {
        kind: WebhookKind::Unknown,
        issues,
        summary: format!("{summary}\n"),
        webhook: None,
    }
}

/// The kind of a webhook body, from its shape: the first of `results` decides.
///
/// | the first result has | kind |
/// |---|---|
/// | `event.type` `TYPING_INDICATOR` | typing indicator |
/// | `event.type` `CONVERSATION_STARTED` | conversation started |
/// | `seenAt` | seen report |
/// | `status` | delivery report |
/// | `message`, with `interactionType` `EVENT` or `message.type` `SUGGESTION` | MO event |
/// | `message` otherwise | MO message |
/// | `event` of another type, with `conversation` / `receivedAt` | conversation started / typing indicator |
///
/// An empty `results` with `messageCount` is an MO message batch; anything else is
/// [`WebhookKind::Unknown`].
///
/// ```
/// use rcs_kit::webhooks::{detect_kind, WebhookKind};
/// let kind = |s: &str| detect_kind(&serde_json::from_str(s).unwrap());
/// assert_eq!(kind(r#"{"results":[{"event":{"type":"TYPING_INDICATOR"}}]}"#), WebhookKind::TypingIndicator);
/// assert_eq!(kind(r#"{"results":[{"seenAt":"2019-08-24T14:15:22Z"}]}"#), WebhookKind::SeenReport);
/// assert_eq!(kind(r#"{"results":[{"message":{"type":"SUGGESTION"}}]}"#), WebhookKind::MoEvent);
/// assert_eq!(kind(r#"{"messages":[]}"#), WebhookKind::Unknown);
/// ```
pub fn detect_kind(value: &Value) -> WebhookKind {
    // Detection reads the parsed document `inspect` walks; a value is written out and
    // read back into one.
    let Ok(text) = serde_json::to_string(value) else {
        return WebhookKind::Unknown;
    };
    match Doc::parse(&text) {
        Ok(doc) => detect::body_kind(&doc, doc.root()),
        Err(_) => WebhookKind::Unknown,
    }
}

fn why_unknown(value: &Value) -> String {
    let Some(root) = value.as_object() else {
        return format!(
            "the body is {}; every RCS webhook is an object {{\"results\": [...]}}",
            type_name(value)
        );
    };
    match root.get("results") {
        None => {
            "there is no `results` array; every RCS webhook is a batch {\"results\": [...]}".into()
        }
        Some(Value::Array(a)) if a.is_empty() => {
            "`results` is empty and the counts do not tell the kind (an empty batch of events \
             may be typing indicators or conversation-started events)"
                .into()
        }
        Some(Value::Array(a)) => match a.first() {
            Some(r) if r.is_object() => "the first result has none of `message`, `status`, \
                 `seenAt` or a known `event.type`"
                .into(),
            Some(r) => format!("the first result is {}, not an object", type_name(r)),
            None => "`results` is empty".into(),
        },
        Some(other) => format!("`results` is {}, not an array", type_name(other)),
    }
}

use crate::json::serde_type_name as type_name;

/// At most 40 characters, with `…` when cut; line breaks as spaces.
fn clip(s: &str) -> String {
    crate::report::clip_to(s, 40, ' ')
}

fn plural(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

// ---------------------------------------------------------------------------------------
// The summary.

fn summarize(value: &Value, kind: WebhookKind) -> String {
    if kind == WebhookKind::CapabilityResult {
        return capability_summary(value);
    }
    let empty = Vec::new();
    let (list, noun) = match kind {
        WebhookKind::CapabilityQueryResponse => ("capabilityCheckResults", "result"),
        WebhookKind::CapabilityNotifyResponse => ("capabilityCheckRequestStates", "number"),
        _ => ("results", "result"),
    };
    let results = value.get(list).and_then(Value::as_array).unwrap_or(&empty);
    let pending = match kind {
        WebhookKind::MoMessage | WebhookKind::MoEvent => value.get("pendingMessageCount"),
        WebhookKind::TypingIndicator | WebhookKind::ConversationStarted => {
            value.get("pendingEventCount")
        }
        _ => None,
    }
    .and_then(Value::as_u64);
    let mut out = format!("{}, {}", kind.name(), plural(results.len(), noun));
    if let Some(p) = pending {
        out.push_str(&format!(" ({p} pending)"));
    }
    if kind == WebhookKind::CapabilityNotifyResponse {
        let bulk = value.get("bulkId").and_then(Value::as_str);
        out.push_str(&format!(" in bulk {}", shown(bulk)));
    }
    out.push_str(if results.is_empty() { "\n" } else { ":\n" });
    for r in results.iter().take(SUMMARY_LINES) {
        let line = match r.as_object() {
            Some(o) => summary_line(o, kind),
            None => format!("({})", type_name(r)),
        };
        out.push_str("  ");
        out.push_str(&line);
        out.push('\n');
    }
    if results.len() > SUMMARY_LINES {
        out.push_str(&format!(
            "  ... and {} more\n",
            results.len() - SUMMARY_LINES
        ));
    }
    out
}

fn text<'a>(o: &'a Map<String, Value>, key: &str) -> Option<&'a str> {
    o.get(key).and_then(Value::as_str)
}

fn at<'a>(o: &'a Map<String, Value>, key: &str, inner: &str) -> Option<&'a Value> {
    o.get(key).and_then(|v| v.get(inner))
}

fn shown(v: Option<&str>) -> String {
    v.map_or_else(|| "?".into(), clip)
}

/// A number or string as written, for the summary.
fn scalar(v: Option<&Value>) -> Option<String> {
    match v? {
        Value::Number(n) => Some(n.to_string()),
        Value::String(s) => Some(clip(s)),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

/// `Capability check result (nested): 441134960001 ENABLED (bulk b, message m)`.
fn capability_summary(value: &Value) -> String {
    let (shape, result) = match value.get("capabilityCheckResult") {
        Some(inner) => ("nested, as the Java SDK reads it", inner),
        None => ("flat, as documented", value),
    };
    let empty = Map::new();
    let o = result.as_object().unwrap_or(&empty);
    let code = text(o, "code");
    let meaning = match code {
        Some("ENABLED") => ": can receive RCS from this sender",
        Some("UNREACHABLE") => ": cannot receive RCS; send SMS instead",
        Some(_) | None => "",
    };
    format!(
        "{} ({shape}): {} {}{meaning} (bulk {}, message {})\n",
        WebhookKind::CapabilityResult.name(),
        shown(text(o, "phoneNumber")),
        shown(code),
        shown(text(o, "bulkId")),
        shown(text(o, "messageId")),
    )
}

fn summary_line(o: &Map<String, Value>, kind: WebhookKind) -> String {
    match kind {
        WebhookKind::MoMessage => {
            let mut line = format!(
                "{} to {}: {}",
                shown(text(o, "sender")),
                shown(text(o, "to")),
                content(o.get("message"))
            );
            let mut detail = Vec::new();
            if let Some(t) = text(o, "interactionType") {
                detail.push(clip(t));
            }
            if let Some(n) = o.get("rcsCount").and_then(Value::as_u64) {
                detail.push(plural(usize::try_from(n).unwrap_or(usize::MAX), "segment"));
            }
            if !detail.is_empty() {
                line.push_str(&format!(" ({})", detail.join(", ")));
            }
            line.push_str(&format!(" at {}", shown(text(o, "receivedAt"))));
            line
        }
        WebhookKind::MoEvent => {
            let m = o.get("message");
            let mut line = format!(
                "{} tapped \"{}\" (postbackData \"{}\") on {}",
                shown(text(o, "sender")),
                shown(m.and_then(|m| m.get("text")).and_then(Value::as_str)),
                shown(
                    m.and_then(|m| m.get("postbackData"))
                        .and_then(Value::as_str)
                ),
                shown(text(o, "to")),
            );
            if let Some(p) = text(o, "pairedMessageId") {
                line.push_str(&format!(", reply to message {}", clip(p)));
            }
            line.push_str(&format!(" at {}", shown(text(o, "receivedAt"))));
            line
        }
        WebhookKind::TypingIndicator => format!(
            "{} is typing to {} at {}",
            shown(text(o, "sender")),
            shown(text(o, "to")),
            shown(text(o, "receivedAt"))
        ),
        WebhookKind::DeliveryReport => delivery_line(o),
        WebhookKind::SeenReport => {
            let mut line = format!(
                "{} saw message {} from {} at {}",
                shown(text(o, "to")),
                shown(text(o, "messageId")),
                shown(text(o, "from")),
                shown(text(o, "seenAt"))
            );
            if let Some(s) = text(o, "sentAt") {
                line.push_str(&format!(" (sent {})", clip(s)));
            }
            line
        }
        WebhookKind::ConversationStarted => {
            let c = |k: &str| at(o, "conversation", k).and_then(Value::as_str);
            let mut line = format!("{} conversation {}", shown(c("type")), shown(c("id")));
            if let Some(t) = text(o, "trafficType") {
                line.push_str(&format!(" ({})", clip(t)));
            }
            line.push_str(&format!(
                " from {} to {}, started by message {}",
                shown(c("startTime")),
                shown(c("endTime")),
                shown(text(o, "messageId"))
            ));
            line
        }
        WebhookKind::CapabilityQueryResponse => format!(
            "{} {} (message {})",
            shown(text(o, "phoneNumber")),
            shown(text(o, "code")),
            shown(text(o, "messageId"))
        ),
        WebhookKind::CapabilityNotifyResponse => format!(
            "{} {} (message {})",
            shown(text(o, "phoneNumber")),
            shown(text(o, "status")),
            shown(text(o, "messageId"))
        ),
        WebhookKind::CapabilityResult | WebhookKind::Unknown => String::new(),
    }
}

fn delivery_line(o: &Map<String, Value>) -> String {
    let status = |k: &str| at(o, "status", k).and_then(Value::as_str);
    let mut line = format!(
        "{} {}",
        shown(text(o, "to")),
        shown(status("groupName").or(status("name")))
    );
    let mut detail = Vec::new();
    if let Some(t) = at(o, "price", "trafficType").and_then(Value::as_str) {
        detail.push(clip(t));
    }
    if let Some(n) = o.get("messageCount").and_then(Value::as_u64) {
        detail.push(plural(usize::try_from(n).unwrap_or(usize::MAX), "segment"));
    }
    if !detail.is_empty() {
        line.push_str(&format!(" ({})", detail.join(", ")));
    }
    if let Some(ch) = text(o, "channel") {
        line.push_str(&format!(" via {}", clip(ch)));
    }
    let mut facts = Vec::new();
    if let Some(name) = status("name").filter(|_| status("groupName").is_some()) {
        facts.push(clip(name));
    }
    if let Some(e) = o.get("error").and_then(Value::as_object) {
        let ok =
            text(e, "groupName") == Some("OK") || e.get("id").and_then(Value::as_i64) == Some(0);
        if !ok {
            let mut err = format!("error {}", shown(text(e, "name")));
            let group = text(e, "groupName").map(clip);
            let permanent = e.get("permanent").and_then(Value::as_bool) == Some(true);
            match (group, permanent) {
                (Some(g), true) => err.push_str(&format!(" ({g}, permanent)")),
                (Some(g), false) => err.push_str(&format!(" ({g})")),
                (None, true) => err.push_str(" (permanent)"),
                (None, false) => {}
            }
            facts.push(err);
        }
    }
    if let Some(id) = text(o, "messageId") {
        facts.push(format!("message {}", clip(id)));
    }
    if let Some(p) = scalar(at(o, "price", "pricePerMessage")) {
        let currency = at(o, "price", "currency")
            .and_then(Value::as_str)
            .map(|c| format!(" {}", clip(c)))
            .unwrap_or_default();
        facts.push(format!("{p}{currency}"));
    }
    if !facts.is_empty() {
        line.push_str(": ");
        line.push_str(&facts.join(", "));
    }
    line
}

/// `TEXT "Hello"`, `FILE photo.jpg (image/jpeg, 1024 bytes)`, `LOCATION 45.8, 15.97`, ...
fn content(m: Option<&Value>) -> String {
    let Some(m) = m.and_then(Value::as_object) else {
        return "(no message)".into();
    };
    let get = |k: &str| m.get(k).and_then(Value::as_str);
    match get("type") {
        Some("TEXT") => format!("TEXT \"{}\"", shown(get("text"))),
        Some("FILE") => {
            let mut s = format!("FILE {}", shown(get("name").or(get("url"))));
            let mut detail = Vec::new();
            if let Some(t) = get("contentType") {
                detail.push(clip(t));
            }
            if let Some(n) = m.get("size").and_then(Value::as_u64) {
                detail.push(format!("{n} bytes"));
            }
            if !detail.is_empty() {
                s.push_str(&format!(" ({})", detail.join(", ")));
            }
            s
        }
        Some("LOCATION") => format!(
            "LOCATION {}, {}",
            scalar(m.get("latitude")).unwrap_or_else(|| "?".into()),
            scalar(m.get("longitude")).unwrap_or_else(|| "?".into())
        ),
        Some("SUGGESTION") => format!(
            "SUGGESTION \"{}\" (postbackData \"{}\")",
            shown(get("text")),
            shown(get("postbackData"))
        ),
        Some(other) => clip(other),
        None => "(message without type)".into(),
    }
}

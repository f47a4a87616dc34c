//! Detecting the kind of a webhook body, checking it against the spec, and summarizing it.

use super::rules;
use super::{Webhook, WebhookKind};
use crate::json::{rules as json_rules, Doc};
use crate::report::{Amount, Issue};
use crate::rule::{Rule, Severity};
use crate::rules::fields;
use crate::time::parse_date_time;
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
/// assert!(bad.issues.iter().any(|i| i.code == rcs_kit::webhooks::rules::LATITUDE.code
///     && i.path == "/results/0/message/latitude"));
/// ```
pub fn inspect(json: &str) -> Inspection {
    let mut c = Checker::default();
    let doc = match Doc::parse(json) {
        Ok(doc) => doc,
        Err(e) => {
            c.push(Severity::Error, e.kind.rule(), &e.path, e.to_string());
            return unknown(c, "Not JSON: the body cannot be read.");
        }
    };
    for d in doc.duplicates() {
        c.push(
            Severity::Error,
            &json_rules::DUPLICATE_KEY,
            &d.pointer,
            format!(
                "`{}` appears more than once in this object; only the last value is read",
                clip(&d.key.decode())
            ),
        );
    }
    let value: Value = match serde_json::from_str(json) {
        Ok(v) => v,
        Err(e) => {
            c.push(Severity::Error, &json_rules::SYNTAX, "", e.to_string());
            return unknown(c, "Not JSON: the body cannot be read.");
        }
    };
    let kind = detect_kind(&value);
    if !kind.is_known() {
        let why = why_unknown(&value);
        c.push(Severity::Error, &rules::KIND_UNKNOWN, "", why.clone());
        return unknown(c, &format!("Not a known RCS webhook: {why}."));
    }
    c.batch(&value, kind);
    let webhook = match Webhook::from_value(kind, value.clone()) {
        Ok(w) => Some(w),
        Err(e) => {
            // The checks above find every shape the model rejects; this is a safety net.
            if c.issues.iter().all(|i| i.severity != Severity::Error) {
                c.push(
                    Severity::Error,
                    &rules::MODEL,
                    "",
                    format!("the body does not fit the {} model: {e}", kind.model_name()),
                );
            }
            None
        }
    };
    Inspection {
        kind,
        issues: c.issues,
        summary: summarize(&value, kind),
        webhook,
    }
}

fn unknown(c: Checker, summary: &str) -> Inspection {
    Inspection {
        kind: WebhookKind::Unknown,
        issues: c.issues,
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
    let Some(results) = value.get("results").and_then(Value::as_array) else {
        return WebhookKind::Unknown;
    };
    match results.first() {
        Some(first) => detect_result(first),
        None if value.get("messageCount").is_some() => WebhookKind::MoMessage,
        None => WebhookKind::Unknown,
    }
}

fn detect_result(r: &Value) -> WebhookKind {
    let Some(o) = r.as_object() else {
        return WebhookKind::Unknown;
    };
    match o
        .get("event")
        .and_then(|e| e.get("type"))
        .and_then(Value::as_str)
    {
        Some("TYPING_INDICATOR") => return WebhookKind::TypingIndicator,
        Some("CONVERSATION_STARTED") => return WebhookKind::ConversationStarted,
        _ => {}
    }
    if o.contains_key("seenAt") {
        return WebhookKind::SeenReport;
    }
    if o.contains_key("status") {
        return WebhookKind::DeliveryReport;
    }
    if let Some(m) = o.get("message") {
        let event = o.get("interactionType").and_then(Value::as_str) == Some("EVENT")
            || m.get("type").and_then(Value::as_str) == Some("SUGGESTION");
        return if event {
            WebhookKind::MoEvent
        } else {
            WebhookKind::MoMessage
        };
    }
    if o.contains_key("event") {
        if o.contains_key("conversation") {
            return WebhookKind::ConversationStarted;
        }
        if o.contains_key("receivedAt") {
            return WebhookKind::TypingIndicator;
        }
    }
    WebhookKind::Unknown
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

// ---------------------------------------------------------------------------------------
// The spec as tables.

/// Whether a member must be there.
#[derive(Clone, Copy)]
enum Req {
    /// Required (`*` in the spec): an error when absent.
    Yes,
    /// A warning when absent, with the reason.
    Soft(&'static str),
    /// Optional.
    No,
}

/// What a member holds.
#[derive(Clone, Copy)]
enum Ty {
    Str,
    /// A whole number, 0 or more, at most `u32::MAX`.
    Count,
    /// A whole number.
    Int,
    Num,
    Bool,
    DateTime,
    /// One of the values (an unknown one is a warning), named for messages.
    Enum(&'static [&'static str], &'static str),
    /// As `Enum`, or `null`.
    NullableEnum(&'static [&'static str], &'static str),
    /// A number in `min..=max`, else an error with this code.
    Range(f64, f64, &'static Rule),
    Obj(&'static [F]),
    /// An object selected by its `type` member.
    Union(&'static [(&'static str, &'static [F])]),
    /// An array of these objects.
    Results(&'static [F]),
}

#[derive(Clone, Copy)]
struct F {
    name: &'static str,
    req: Req,
    ty: Ty,
}

const fn f(name: &'static str, req: Req, ty: Ty) -> F {
    F { name, req, ty }
}

const NEWER: Req =
    Req::Soft("the current spec requires it (official SDK 6.x), but older payloads leave it out");
const MATCH: Req = Req::Soft(
    "the spec marks nothing required here, but without it the report cannot be matched to a message",
);
const NO_STATUS: Req = Req::Soft("a delivery report without `status` says nothing");

const TRAFFIC: &[&str] = &[
    "BASIC",
    "SINGLE",
    "RICH",
    "RICH_MEDIA",
    "A2P_CONVERSATION",
    "P2A_CONVERSATION",
];
const INTERACTION: &[&str] = &[
    "BASIC_MESSAGE",
    "SINGLE_MESSAGE",
    "RICH_MESSAGE",
    "RICH_MEDIA_MESSAGE",
    "EVENT",
];

const PLATFORM: &[F] = &[
    f("entityId", Req::No, Ty::Str),
    f("applicationId", Req::No, Ty::Str),
];
const PRICE: &[F] = &[
    f(
        "trafficType",
        Req::No,
        Ty::NullableEnum(TRAFFIC, "trafficType"),
    ),
    f("pricePerMessage", Req::No, Ty::Num),
    f("currency", Req::No, Ty::Str),
];
const CONVERSATION: &[F] = &[
    f("canInitiate", Req::Yes, Ty::Bool),
    f("id", Req::No, Ty::Str),
];

const TYPE: F = f("type", Req::Yes, Ty::Str);
const TEXT: &[F] = &[TYPE, f("text", Req::Yes, Ty::Str)];
const FILE: &[F] = &[
    TYPE,
    f("url", Req::Yes, Ty::Str),
    f("name", Req::No, Ty::Str),
    f("contentType", Req::No, Ty::Str),
    f("size", Req::No, Ty::Count),
];
const LOCATION: &[F] = &[
    TYPE,
    f(
        "latitude",
        Req::Yes,
        Ty::Range(-90.0, 90.0, &rules::LATITUDE),
    ),
    f(
        "longitude",
        Req::Yes,
        Ty::Range(-180.0, 180.0, &rules::LONGITUDE),
    ),
];
const SUGGESTION: &[F] = &[
    TYPE,
    f("text", Req::Yes, Ty::Str),
    f("postbackData", Req::Yes, Ty::Str),
];
const CONTENT: &[(&str, &[F])] = &[
    ("TEXT", TEXT),
    ("FILE", FILE),
    ("LOCATION", LOCATION),
    ("SUGGESTION", SUGGESTION),
];

const MO_RESULT: &[F] = &[
    f("sender", Req::Yes, Ty::Str),
    f("to", Req::Yes, Ty::Str),
    f("integrationType", Req::Yes, Ty::Str),
    f("receivedAt", Req::Yes, Ty::DateTime),
    f(
        "interactionType",
        NEWER,
        Ty::Enum(INTERACTION, "interactionType"),
    ),
    f("rcsCount", NEWER, Ty::Count),
    f("keyword", Req::No, Ty::Str),
    f("messageId", Req::Yes, Ty::Str),
    f("pairedMessageId", Req::No, Ty::Str),
    f("callbackData", Req::No, Ty::Str),
    f("campaignReferenceId", Req::No, Ty::Str),
    f("message", Req::Yes, Ty::Union(CONTENT)),
    f("price", Req::Yes, Ty::Obj(PRICE)),
    f("conversation", NEWER, Ty::Obj(CONVERSATION)),
    f("platform", NEWER, Ty::Obj(PLATFORM)),
];
const MO_MESSAGES: &[F] = &[
    f("results", Req::Yes, Ty::Results(MO_RESULT)),
    f("messageCount", Req::Yes, Ty::Count),
    f("pendingMessageCount", Req::Yes, Ty::Count),
];

const EVENT_RESULT: &[F] = &[
    f("sender", Req::Yes, Ty::Str),
    f("to", Req::Yes, Ty::Str),
    f("integrationType", Req::Yes, Ty::Str),
    f("receivedAt", Req::Yes, Ty::DateTime),
    f(
        "interactionType",
        NEWER,
        Ty::Enum(INTERACTION, "interactionType"),
    ),
    f("keyword", Req::No, Ty::Str),
    f("messageId", Req::Yes, Ty::Str),
    f("pairedMessageId", Req::No, Ty::Str),
    f("callbackData", Req::No, Ty::Str),
    f("campaignReferenceId", Req::No, Ty::Str),
    f("message", Req::Yes, Ty::Union(CONTENT)),
    f("price", Req::Yes, Ty::Obj(PRICE)),
    f("conversation", NEWER, Ty::Obj(CONVERSATION)),
    f("platform", NEWER, Ty::Obj(PLATFORM)),
];
const MO_EVENTS: &[F] = &[
    f("results", Req::Yes, Ty::Results(EVENT_RESULT)),
    f("messageCount", Req::Yes, Ty::Count),
    f("pendingMessageCount", Req::Yes, Ty::Count),
];

const TYPING_EVENT: &[F] = &[f(
    "type",
    Req::Yes,
    Ty::Enum(&["TYPING_INDICATOR"], "typing event type"),
)];
const TYPING_RESULT: &[F] = &[
    f("sender", Req::Yes, Ty::Str),
    f("to", Req::Yes, Ty::Str),
    f("receivedAt", Req::Yes, Ty::DateTime),
    f("event", Req::Yes, Ty::Obj(TYPING_EVENT)),
    f("entityId", Req::No, Ty::Str),
    f("applicationId", Req::No, Ty::Str),
];
const TYPING: &[F] = &[
    f("results", Req::Yes, Ty::Results(TYPING_RESULT)),
    f("eventCount", Req::Yes, Ty::Count),
    f("pendingEventCount", Req::Yes, Ty::Count),
];

const STATUS: &[F] = &[
    f("groupId", Req::No, Ty::Int),
    f(
        "groupName",
        Req::No,
        Ty::Enum(
            &[
                "ACCEPTED",
                "PENDING",
                "UNDELIVERABLE",
                "DELIVERED",
                "EXPIRED",
                "REJECTED",
            ],
            "status groupName",
        ),
    ),
    f("id", Req::No, Ty::Int),
    f("name", Req::No, Ty::Str),
    f("description", Req::No, Ty::Str),
    f("action", Req::No, Ty::Str),
];
const ERROR: &[F] = &[
    f("groupId", Req::No, Ty::Int),
    f(
        "groupName",
        Req::No,
        Ty::Enum(
            &["OK", "HANDSET_ERRORS", "USER_ERRORS", "OPERATOR_ERRORS"],
            "error groupName",
        ),
    ),
    f("id", Req::No, Ty::Int),
    f("name", Req::No, Ty::Str),
    f("description", Req::No, Ty::Str),
    f("permanent", Req::No, Ty::Bool),
];
const DLR_RESULT: &[F] = &[
    f("bulkId", Req::No, Ty::Str),
    f("messageId", MATCH, Ty::Str),
    f("to", Req::No, Ty::Str),
    f("sender", Req::No, Ty::Str),
    f("sentAt", Req::No, Ty::DateTime),
    f("doneAt", Req::No, Ty::DateTime),
    f("messageCount", Req::No, Ty::Count),
    f("mccMnc", Req::No, Ty::Str),
    f("callbackData", Req::No, Ty::Str),
    f("campaignReferenceId", Req::No, Ty::Str),
    f("platform", Req::No, Ty::Obj(PLATFORM)),
    f("status", NO_STATUS, Ty::Obj(STATUS)),
    f("error", Req::No, Ty::Obj(ERROR)),
    f("price", Req::No, Ty::Obj(PRICE)),
    f("conversation", Req::No, Ty::Obj(CONVERSATION)),
    f(
        "interactionType",
        Req::No,
        Ty::Enum(INTERACTION, "interactionType"),
    ),
    f(
        "channel",
        Req::No,
        Ty::Enum(&["RCS", "SMS", "MMS"], "channel"),
    ),
];
const DLR: &[F] = &[f("results", Req::Yes, Ty::Results(DLR_RESULT))];

const SEEN_RESULT: &[F] = &[
    f("messageId", MATCH, Ty::Str),
    f("from", Req::No, Ty::Str),
    f("to", Req::No, Ty::Str),
    f("sentAt", Req::No, Ty::DateTime),
    f("seenAt", Req::No, Ty::DateTime),
    f("applicationId", Req::No, Ty::Str),
    f("entityId", Req::No, Ty::Str),
    f("campaignReferenceId", Req::No, Ty::Str),
];
const SEEN: &[F] = &[f("results", Req::Yes, Ty::Results(SEEN_RESULT))];

const STARTED_EVENT: &[F] = &[f(
    "type",
    Req::Yes,
    Ty::Enum(&["CONVERSATION_STARTED"], "conversation event type"),
)];
const WINDOW: &[F] = &[
    f(
        "type",
        Req::Yes,
        Ty::Enum(&["A2P", "P2A"], "conversation type"),
    ),
    f("id", Req::Yes, Ty::Str),
    f("startTime", Req::Yes, Ty::DateTime),
    f("endTime", Req::Yes, Ty::DateTime),
];
const STARTED_RESULT: &[F] = &[
    f("messageId", Req::Yes, Ty::Str),
    f(
        "trafficType",
        Req::No,
        Ty::NullableEnum(TRAFFIC, "trafficType"),
    ),
    f("event", Req::Yes, Ty::Obj(STARTED_EVENT)),
    f("conversation", Req::Yes, Ty::Obj(WINDOW)),
    f("platform", Req::Yes, Ty::Obj(PLATFORM)),
];
const STARTED: &[F] = &[
    f("results", Req::Yes, Ty::Results(STARTED_RESULT)),
    f("eventCount", Req::Yes, Ty::Count),
    f("pendingEventCount", Req::Yes, Ty::Count),
];

fn envelope(kind: WebhookKind) -> &'static [F] {
    match kind {
        WebhookKind::MoMessage => MO_MESSAGES,
        WebhookKind::MoEvent => MO_EVENTS,
        WebhookKind::TypingIndicator => TYPING,
        WebhookKind::DeliveryReport => DLR,
        WebhookKind::SeenReport => SEEN,
        WebhookKind::ConversationStarted => STARTED,
        WebhookKind::Unknown => &[],
    }
}

// ---------------------------------------------------------------------------------------
// The checks.

#[derive(Default)]
struct Checker {
    issues: Vec<Issue>,
}

impl Checker {
    fn push(&mut self, severity: Severity, rule: &'static Rule, path: &str, message: String) {
        self.issues.push(Issue {
            severity,
            code: rule.code,
            path: path.into(),
            message,
            limit: None,
            actual: None,
        });
    }

    fn mismatch(&mut self, path: &str, expected: &str, found: &Value) {
        self.push(
            Severity::Error,
            &fields::TYPE_MISMATCH,
            path,
            format!("must be {expected}, not {}", type_name(found)),
        );
    }

    /// The whole body of a known kind: the tables, then the rules across members.
    fn batch(&mut self, value: &Value, kind: WebhookKind) {
        self.object(value, "", envelope(kind));
        let Some(results) = value.get("results").and_then(Value::as_array) else {
            return;
        };
        if results.is_empty() {
            self.push(
                Severity::Warning,
                &rules::RESULTS_EMPTY,
                "/results",
                "the batch has no results".into(),
            );
        }
        let count_key = match kind {
            WebhookKind::MoMessage | WebhookKind::MoEvent => Some("messageCount"),
            WebhookKind::TypingIndicator | WebhookKind::ConversationStarted => Some("eventCount"),
            _ => None,
        };
        if let Some(key) = count_key {
            if let Some(n) = value.get(key).and_then(Value::as_u64) {
                if usize::try_from(n).ok() != Some(results.len()) {
                    self.issues.push(Issue {
                        severity: Severity::Warning,
                        code: rules::COUNT_MISMATCH.code,
                        path: format!("/{key}"),
                        message: format!(
                            "`{key}` is {n} but the batch has {}",
                            plural(results.len(), "result")
                        ),
                        limit: None,
                        actual: Some(Amount(n as f64)),
                    });
                }
            }
        }
        for (i, r) in results.iter().enumerate() {
            let path = format!("/results/{i}");
            let own = detect_result(r);
            if own.is_known() && own != kind && !(i > 0 && same_family(own, kind)) {
                self.push(
                    Severity::Error,
                    &rules::RESULT_KIND_MISMATCH,
                    &path,
                    format!(
                        "this result looks like a {} but the batch is a {} batch (from its first result)",
                        own.noun(),
                        kind.noun()
                    ),
                );
            }
            self.result_rules(r, &path, kind);
        }
    }

    /// Rules that span members of one result.
    fn result_rules(&mut self, r: &Value, path: &str, kind: WebhookKind) {
        match kind {
            WebhookKind::MoEvent => {
                let ty = r.pointer("/message/type").and_then(Value::as_str);
                if let Some(ty) = ty.filter(|t| *t != "SUGGESTION") {
                    self.push(
                        Severity::Warning,
                        &rules::EVENT_MESSAGE_TYPE,
                        &format!("{path}/message/type"),
                        format!("an MO event carries a SUGGESTION, not {}", clip(ty)),
                    );
                }
            }
            WebhookKind::ConversationStarted => {
                let time = |k: &str| {
                    r.pointer(&format!("/conversation/{k}"))
                        .and_then(Value::as_str)
                        .and_then(|s| parse_date_time(s).ok())
                };
                if let (Some(start), Some(end)) = (time("startTime"), time("endTime")) {
                    if start >= end {
                        self.push(
                            Severity::Warning,
                            &rules::CONVERSATION_WINDOW,
                            &format!("{path}/conversation/endTime"),
                            "the conversation ends before it starts".into(),
                        );
                    }
                }
            }
            _ => {}
        }
    }

    fn object(&mut self, v: &Value, path: &str, fields: &[F]) {
        let Some(map) = v.as_object() else {
            self.mismatch(path, "an object", v);
            return;
        };
        for field in fields {
            let p = child(path, field.name);
            match (map.get(field.name), field.req) {
                (None, Req::Yes) => self.push(
                    Severity::Error,
                    &fields::REQUIRED,
                    path,
                    format!("`{}` is required", field.name),
                ),
                (None, Req::Soft(why)) => self.push(
                    Severity::Warning,
                    &fields::REQUIRED,
                    path,
                    format!("`{}` is missing: {why}", field.name),
                ),
                (None, Req::No) => {}
                (Some(Value::Null), req) if !matches!(field.ty, Ty::NullableEnum(..)) => {
                    if matches!(req, Req::Yes) {
                        self.push(
                            Severity::Error,
                            &fields::TYPE_MISMATCH,
                            &p,
                            format!("`{}` is required and cannot be null", field.name),
                        );
                    } else {
                        self.push(
                            Severity::Warning,
                            &fields::NULL,
                            &p,
                            format!("`{}` is null; read as absent", field.name),
                        );
                    }
                }
                (Some(x), _) => self.value(x, &p, field.ty),
            }
        }
        for key in map.keys() {
            if !fields.iter().any(|f| f.name == key) {
                self.push(
                    Severity::Warning,
                    &fields::UNKNOWN,
                    &child(path, key),
                    format!("`{}` is not in the spec; kept as is", clip(key)),
                );
            }
        }
    }

    fn value(&mut self, v: &Value, path: &str, ty: Ty) {
        match ty {
            Ty::Str if !v.is_string() => self.mismatch(path, "a string", v),
            Ty::Num if !v.is_number() => self.mismatch(path, "a number", v),
            Ty::Bool if !v.is_boolean() => self.mismatch(path, "a boolean", v),
            Ty::Int if v.as_i64().is_none() => self.mismatch(path, "a whole number", v),
            Ty::Count if v.as_u64().and_then(|n| u32::try_from(n).ok()).is_none() => {
                self.mismatch(path, "a whole number, 0 or more", v)
            }
            Ty::DateTime => match v.as_str() {
                None => self.mismatch(path, "a date-time string", v),
                Some(s) => {
                    if let Err(why) = parse_date_time(s) {
                        self.push(Severity::Error, &rules::DATE_TIME_INVALID, path, why);
                    }
                }
            },
            Ty::NullableEnum(_, _) if v.is_null() => {}
            Ty::Enum(known, what) | Ty::NullableEnum(known, what) => match v.as_str() {
                None => self.mismatch(path, "a string", v),
                Some(s) if known.contains(&s) => {}
                Some(s) => self.push(
                    Severity::Warning,
                    &rules::ENUM_UNKNOWN,
                    path,
                    format!(
                        "\"{}\" is not a {what} the spec lists ({}); kept as is",
                        clip(s),
                        known.join(", ")
                    ),
                ),
            },
            Ty::Range(min, max, rule) => match v.as_f64() {
                None => self.mismatch(path, "a number", v),
                Some(x) if (min..=max).contains(&x) => {}
                Some(x) => self.issues.push(Issue {
                    severity: Severity::Error,
                    code: rule.code,
                    path: path.into(),
                    message: format!("{x} is outside {min} to {max}"),
                    limit: Some(Amount(if x < min { min } else { max })),
                    actual: Some(Amount(x)),
                }),
            },
            Ty::Obj(fields) => self.object(v, path, fields),
            Ty::Union(types) => self.union(v, path, types),
            Ty::Results(fields) => match v.as_array() {
                None => self.mismatch(path, "an array", v),
                Some(items) => {
                    for (i, item) in items.iter().enumerate() {
                        self.object(item, &format!("{path}/{i}"), fields);
                    }
                }
            },
            _ => {}
        }
    }

    fn union(&mut self, v: &Value, path: &str, types: &[(&str, &'static [F])]) {
        let Some(map) = v.as_object() else {
            self.mismatch(path, "an object", v);
            return;
        };
        let ty = match map.get("type") {
            None => {
                self.push(
                    Severity::Error,
                    &fields::REQUIRED,
                    path,
                    "`type` is required".into(),
                );
                return;
            }
            Some(Value::String(s)) => s,
            Some(other) => {
                self.mismatch(&child(path, "type"), "a string", other);
                return;
            }
        };
        match types.iter().find(|(name, _)| name == ty) {
            Some((_, fields)) => self.object(v, path, fields),
            None => {
                let names: Vec<&str> = types.iter().map(|(n, _)| *n).collect();
                self.push(
                    Severity::Warning,
                    &rules::ENUM_UNKNOWN,
                    &child(path, "type"),
                    format!(
                        "\"{}\" is not a message type the spec lists ({}); kept as is, not checked",
                        clip(ty),
                        names.join(", ")
                    ),
                );
            }
        }
    }
}

/// MO messages and MO events may share a batch shape; a later result of the other one of
/// the pair is not a different webhook.
fn same_family(a: WebhookKind, b: WebhookKind) -> bool {
    matches!(
        (a, b),
        (WebhookKind::MoMessage, WebhookKind::MoEvent)
            | (WebhookKind::MoEvent, WebhookKind::MoMessage)
    )
}

fn child(path: &str, key: &str) -> String {
    let mut out = path.to_string();
    crate::json::pointer::push_segment(&mut out, key);
    out
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
    let empty = Vec::new();
    let results = value
        .get("results")
        .and_then(Value::as_array)
        .unwrap_or(&empty);
    let pending = match kind {
        WebhookKind::MoMessage | WebhookKind::MoEvent => value.get("pendingMessageCount"),
        WebhookKind::TypingIndicator | WebhookKind::ConversationStarted => {
            value.get("pendingEventCount")
        }
        _ => None,
    }
    .and_then(Value::as_u64);
    let mut out = format!("{}, {}", kind.name(), plural(results.len(), "result"));
    if let Some(p) = pending {
        out.push_str(&format!(" ({p} pending)"));
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
        WebhookKind::Unknown => String::new(),
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

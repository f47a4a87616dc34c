//! The validator: every problem of a request, each located by a JSON pointer.
//!
//! The input is parsed once into a borrowed [`Doc`](crate::json::Doc) and walked against
//! the tables in [`schema`](crate::schema): types, required fields, enums, lengths,
//! counts and formats come from the tables, cross-field rules from [`rules`]. Nothing
//! stops at the first problem; the [`Report`] holds up to
//! [`MAX_ISSUES`](crate::limits::MAX_ISSUES).
//!
//! ```
//! use rcs_kit::{validate_str, Options};
//! let body = r#"{"messages":[{"sender":"DemoSender","destinations":[{"to":"441134960001"}],
//!   "content":{"type":"TEXT","text":"Hi","suggestions":[
//!     {"type":"REPLY","text":"A reply that is far too long to fit","postbackData":"x"}]}}]}"#;
//! let report = validate_str(body, &Options::at(0));
//! assert!(!report.is_valid());
//! let issue = &report.issues()[0];
//! assert_eq!(issue.code, rcs_kit::limits::SUGGESTION_TEXT.code_over());
//! assert_eq!(issue.path, "/messages/0/content/suggestions/0/text");
//! ```

pub mod walk;

pub use crate::context::Ctx;
pub use crate::format::{check_http_url, check_phone};
pub use crate::options::{Kind, Options};
pub use crate::report::{push_json_string, Amount, Issue, Report, Severity};
pub use crate::time::{format_timestamp, parse_date_time};

use crate::json::{rules as json_rules, Doc};
use crate::limits;
use crate::message::Msg;
use crate::report::clip;
use crate::rules::fields;
use crate::schema;

/// Validates a request body given as bytes (must be UTF-8 JSON).
///
/// ```
/// let r = rcs_kit::validate_bytes(b"{\"messages\": 5}", &rcs_kit::Options::at(0));
/// assert_eq!(r.issues()[0].code, rcs_kit::rules::fields::TYPE_MISMATCH.code);
/// ```
pub fn validate_bytes(input: &[u8], opts: &Options) -> Report {
    if let Some(r) = too_large(input.len()) {
        return r;
    }
    match std::str::from_utf8(input) {
        Ok(s) => validate_str(s, opts),
        Err(e) => {
            let valid = input.get(..e.valid_up_to()).unwrap_or_default();
            let prefix = std::str::from_utf8(valid).unwrap_or_default();
            let (line, col) = text_line_col(prefix);
            let mut r = Report::new();
            let message = json_rules::NOT_UTF8
                .with("byte", e.valid_up_to())
                .with("line", line)
                .with("column", col);
            r.push(Issue::new(
                Severity::Error,
                json_rules::INVALID_UTF8.code,
                String::new(),
                message,
                None,
                None,
            ));
            r
        }
    }
}

fn text_line_col(prefix: &str) -> (usize, usize) {
    let line = prefix.matches('\n').count() + 1;
    let col = prefix.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}

/// The report for a body of `len` bytes when that is over the API's 10 MB limit, so that a
/// caller can reject a large file from its size alone, without reading it.
///
/// ```
/// assert!(rcs_kit::validate::size_report(100).is_none());
/// let r = rcs_kit::validate::size_report(20 * 1024 * 1024).unwrap();
/// assert_eq!(r.issues()[0].code, rcs_kit::rules::fields::REQUEST_TOO_LARGE.code);
/// ```
pub fn size_report(len: u64) -> Option<Report> {
    too_large(usize::try_from(len).unwrap_or(usize::MAX))
}

/// A body over the API's size limit.
pub static TOO_LARGE: Msg = Msg::for_rule(
    &crate::rules::fields::REQUEST_TOO_LARGE,
    "the body has more than {max} bytes (10 MB), the most the API accepts in one request: split the messages over several requests",
);

pub(crate) fn too_large(len: usize) -> Option<Report> {
    let max = limits::REQUEST_SIZE.max;
    if (len as u64) <= max as u64 {
        return None;
    }
    let mut r = Report::new();
    r.push(Issue::new(
        Severity::Error,
        fields::REQUEST_TOO_LARGE.code,
        String::new(),
        TOO_LARGE.with("max", max),
        Some(Amount(max as f64)),
        Some(Amount(len as f64)),
    ));
    Some(r)
}

/// Validates a request body given as JSON text.
///
/// ```
/// let r = rcs_kit::validate_str("{\"messages\": [", &rcs_kit::Options::at(0));
/// assert_eq!(r.issues()[0].code, rcs_kit::json::rules::SYNTAX.code);
/// assert!(r.issues()[0].message.contains("line 1, column 15"));
/// ```
pub fn validate_str(input: &str, opts: &Options) -> Report {
    match parse(input) {
        Ok(doc) => validate_doc(&doc, opts),
        Err(r) => r,
    }
}

/// `input` parsed, or the report of why it cannot be: over the size limit, or not JSON.
pub(crate) fn parse(input: &str) -> Result<Doc<'_>, Report> {
    if let Some(r) = too_large(input.len()) {
        return Err(r);
    }
    Doc::parse(input).map_err(|e| {
        let mut r = Report::new();
        let message = json_rules::NOT_JSON
            .with("detail", e.msg.clone())
            .with("line", e.line)
            .with("column", e.column);
        r.push(Issue::new(
            Severity::Error,
            e.kind.code(),
            e.path.clone(),
            message,
            None,
            None,
        ));
        r
    })
}

/// Validates a parsed document.
pub fn validate_doc(doc: &Doc<'_>, opts: &Options) -> Report {
    let kind = opts.kind.unwrap_or_else(|| detect_kind(doc));
    validate_doc_as(doc, opts, schema::for_kind(kind))
}

/// Validates a parsed document against the table `root`: its byte order mark, its
/// duplicate keys, then the walk.
pub(crate) fn validate_doc_as(
    doc: &Doc<'_>,
    opts: &Options,
    root: &'static schema::Object,
) -> Report {
    let mut ctx = Ctx::new(doc, opts);
    if doc.has_byte_order_mark() {
        ctx.report_at(
            &json_rules::BYTE_ORDER_MARK,
            String::new(),
            json_rules::BYTE_ORDER_MARK_MSG.message(),
        );
    }
    for d in doc.duplicates() {
        ctx.report_at(
            &json_rules::DUPLICATE_KEY,
            d.pointer.clone(),
            json_rules::DUPLICATE_KEY_MSG.with("key", clip(&d.key.decode())),
        );
    }
    ctx.check_object(doc.root(), root);
    ctx.finish()
}

/// Walks a parsed document against the table `root`, for a body written in `direction`:
/// the one walk of every body kind (requests, events, inbound webhooks). Keys that occur
/// twice are the caller's to report ([`Doc::duplicates`]); the walk checks the first
/// value of each.
///
/// ```
/// use rcs_kit::json::Doc;
/// use rcs_kit::schema::{self, Direction};
/// use rcs_kit::{validate, Options};
/// let doc = Doc::parse(r#"{"results":[],"messageCount":0,"pendingMessageCount":0}"#).unwrap();
/// let root = &schema::webhooks::MO_MESSAGES;
/// let report = validate::walk_doc(&doc, &Options::at(0), root, Direction::Inbound);
/// assert_eq!(report.issues()[0].code, rcs_kit::rules::webhooks::RESULTS_EMPTY.code);
/// ```
pub fn walk_doc(
    doc: &Doc<'_>,
    opts: &Options,
    root: &'static schema::Object,
    direction: schema::Direction,
) -> Report {
    let mut ctx = Ctx::new(doc, opts).with_direction(direction);
    ctx.check_object(doc.root(), root);
    ctx.finish()
}

/// Validates a `serde_json::Value` (it is serialized and read back, so paths and codes are
/// exactly those of [`validate_str`]).
pub fn validate_value(value: &serde_json::Value, opts: &Options) -> Report {
    validate_serialize(value, opts)
}

/// Validates a typed send request.
///
/// ```
/// use rcs_kit::model::*;
/// let req = SendRequest::new(vec![Message::new("DemoSender", "441134960001", Content::text("Hello"))]);
/// assert!(rcs_kit::validate_request(&req, &rcs_kit::Options::at(0)).is_valid());
/// ```
pub fn validate_request(request: &crate::model::SendRequest, opts: &Options) -> Report {
    let opts = Options {
        kind: Some(Kind::Request),
        ..opts.clone()
    };
    validate_serialize(request, &opts)
}

/// Validates a typed events request.
pub fn validate_events(request: &crate::model::EventsRequest, opts: &Options) -> Report {
    let opts = Options {
        kind: Some(Kind::Events),
        ..opts.clone()
    };
    validate_serialize(request, &opts)
}

fn validate_serialize<T: serde::Serialize + ?Sized>(value: &T, opts: &Options) -> Report {
    match serde_json::to_string(value) {
        Ok(s) => validate_str(&s, opts),
        Err(e) => {
            let mut r = Report::new();
            r.push(Issue::new(
                Severity::Error,
                json_rules::UNSERIALIZABLE.code,
                String::new(),
                format!("the value cannot be written as JSON: {e}").into(),
                None,
                None,
            ));
            r
        }
    }
}

/// The kind of a body, from its top-level members: `events` means an events request (a
/// Messages API one when an event has `channel` or `event`, with the `messages-api`
/// feature);
/// `messages` of which one has `channel` or `content.body` a Messages API request (with
/// the `messages-api` feature; without it, a request);
/// `phoneNumbers` a capability check — notify when it has `notifyUrl` or
/// `notifyContentType`, query otherwise (a notify request with neither of its own
/// members looks like a query: pass the kind);
/// anything else is a send request.
///
/// ```
/// use rcs_kit::json::Doc;
/// use rcs_kit::{validate::detect_kind, Kind};
/// let kind = |s: &str| detect_kind(&Doc::parse(s).unwrap());
/// assert_eq!(kind(r#"{"messages":[]}"#), Kind::Request);
/// assert_eq!(kind(r#"{"events":[{"content":{"type":"SEEN"}}]}"#), Kind::Events);
/// assert_eq!(kind(r#"{"events":[{"channel":"RCS","event":"SEEN"}]}"#), Kind::MessagesApiEvents);
/// assert_eq!(kind(r#"{"messages":[{"channel":"RCS"}]}"#), Kind::MessagesApi);
/// assert_eq!(kind(r#"{"messages":[{"content":{"body":{"type":"TEXT"}}}]}"#), Kind::MessagesApi);
/// assert_eq!(kind(r#"{"sender":"S","phoneNumbers":["441134960001"]}"#), Kind::CapabilityQuery);
/// assert_eq!(kind(r#"{"sender":"S","phoneNumbers":[],"notifyUrl":"https://x.example"}"#), Kind::CapabilityNotify);
/// ```
pub fn detect_kind(doc: &Doc<'_>) -> Kind {
    let root = doc.root();
    if let Some(events) = doc.get(root, "events") {
        #[cfg(feature = "messages-api")]
        if doc
            .children(events)
            .any(|e| doc.get(e, "channel").is_some() || doc.get(e, "event").is_some())
        {
            return Kind::MessagesApiEvents;
        }
        let _ = events;
        return Kind::Events;
    }
    #[cfg(feature = "messages-api")]
    if let Some(messages) = doc.get(root, "messages") {
        let messages_api = doc.children(messages).any(|m| {
            doc.get(m, "channel").is_some()
                || doc.get(m, "template").is_some()
                || doc
                    .get(m, "content")
                    .is_some_and(|c| doc.get(c, "body").is_some())
        });
        if messages_api {
            return Kind::MessagesApi;
        }
    }
    if doc.get(root, "phoneNumbers").is_none() {
        return Kind::Request;
    }
    if doc.get(root, "notifyUrl").is_some() || doc.get(root, "notifyContentType").is_some() {
        Kind::CapabilityNotify
    } else {
        Kind::CapabilityQuery
    }
}

#[cfg(test)]
mod tests;

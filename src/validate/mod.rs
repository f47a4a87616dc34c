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
//! assert_eq!(issue.code, "suggestion.text.too_long");
//! assert_eq!(issue.path, "/messages/0/content/suggestions/0/text");
//! ```

mod format;
mod report;
pub mod rules;
mod time;
mod walk;

pub use format::{check_http_url, check_phone};
pub use report::{push_json_string, Amount, Issue, Report, Severity};
pub use time::{format_timestamp, parse_date_time};
#[cfg(any(target_arch = "wasm32", test))]
pub(crate) use walk::clip;

use crate::json::{Doc, JsonStr, NodeId};
use crate::limits::{self, Limit};
use crate::schema::{self, Object};
use std::borrow::Cow;

/// Which request body to validate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    /// `POST /rcs/2/messages`.
    Request,
    /// `POST /rcs/1/events`.
    Events,
}

impl Kind {
    /// The schema of this body.
    pub fn schema(self) -> &'static Object {
        match self {
            Kind::Request => &schema::request::REQUEST,
            Kind::Events => &schema::events::EVENTS_REQUEST,
        }
    }
}

/// How to validate.
///
/// ```
/// use rcs_kit::{Kind, Options};
/// let opts = Options { strict: true, kind: Some(Kind::Request), ..Options::at(1_800_000_000_000) };
/// assert!(opts.strict);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    /// Report unknown fields and platform-rendering problems as errors instead of warnings.
    pub strict: bool,
    /// The body kind; `None` detects it (a top-level `events` member means events).
    pub kind: Option<Kind>,
    /// The current time in milliseconds since the Unix epoch, for "in the future" and
    /// "at most 180 days ahead". `None` skips those checks (formats are still checked).
    pub now: Option<i64>,
    /// Accept an empty TEXT `text` (the API reference allows 0 characters; an empty
    /// bubble is almost always a mistake, so it is an error by default).
    pub allow_empty_text: bool,
    /// Also give advice that is not about the API's rules: how iPhones render cards
    /// (one media height, GIFs as still images) and whether the SMS failover text is
    /// long (over 4 parts) or drops links of the rich message. Off by default.
    pub advice: bool,
}

impl Default for Options {
    /// Not strict, kind detected; `now` is the system clock on native targets and `None`
    /// on `wasm32`, which has no clock (pass `Date.now()` there).
    fn default() -> Self {
        Options {
            strict: false,
            kind: None,
            now: system_now(),
            allow_empty_text: false,
            advice: false,
        }
    }
}

impl Options {
    /// Default options at a fixed time (milliseconds since the Unix epoch).
    pub fn at(now_ms: i64) -> Self {
        Options {
            now: Some(now_ms),
            ..Options::without_clock()
        }
    }

    /// Default options with no clock: time-relative rules are skipped.
    pub fn without_clock() -> Self {
        Options {
            strict: false,
            kind: None,
            now: None,
            allow_empty_text: false,
            advice: false,
        }
    }

    /// Severity of problems that depend on strictness.
    fn soft(&self) -> Severity {
        if self.strict {
            Severity::Error
        } else {
            Severity::Warning
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
#[allow(clippy::disallowed_methods)] // the one place that reads the clock, native only
fn system_now() -> Option<i64> {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .ok()
        .and_then(|d| i64::try_from(d.as_millis()).ok())
}

#[cfg(target_arch = "wasm32")]
fn system_now() -> Option<i64> {
    None
}

/// Validates a request body given as bytes (must be UTF-8 JSON).
///
/// ```
/// let r = rcs_kit::validate_bytes(b"{\"messages\": 5}", &rcs_kit::Options::at(0));
/// assert_eq!(r.issues()[0].code, "type.mismatch");
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
            r.push(Issue {
                severity: Severity::Error,
                code: "json.invalid_utf8".into(),
                path: String::new(),
                message: format!(
                    "the body is not valid UTF-8 (byte {} at line {line}, column {col}); send UTF-8 encoded JSON",
                    e.valid_up_to()
                ),
                limit: None,
                actual: None,
            });
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
/// assert_eq!(r.issues()[0].code, "request.too_large");
/// ```
pub fn size_report(len: u64) -> Option<Report> {
    too_large(usize::try_from(len).unwrap_or(usize::MAX))
}

fn too_large(len: usize) -> Option<Report> {
    let max = limits::REQUEST_SIZE.max;
    if (len as u64) <= max as u64 {
        return None;
    }
    let mut r = Report::new();
    r.push(Issue {
        severity: Severity::Error,
        code: "request.too_large".into(),
        path: String::new(),
        message: format!(
            "the body has more than {max} bytes (10 MB), the most the API accepts in one request: split the messages over several requests"
        ),
        limit: Some(Amount(max as f64)),
        actual: Some(Amount(len as f64)),
    });
    Some(r)
}

/// Validates a request body given as JSON text.
///
/// ```
/// let r = rcs_kit::validate_str("{\"messages\": [", &rcs_kit::Options::at(0));
/// assert_eq!(r.issues()[0].code, "json.syntax");
/// assert!(r.issues()[0].message.contains("line 1, column 15"));
/// ```
pub fn validate_str(input: &str, opts: &Options) -> Report {
    if let Some(r) = too_large(input.len()) {
        return r;
    }
    let doc = match Doc::parse(input) {
        Ok(d) => d,
        Err(e) => {
            let mut r = Report::new();
            r.push(Issue {
                severity: Severity::Error,
                code: e.kind.code().into(),
                path: e.path.clone(),
                message: e.to_string(),
                limit: None,
                actual: None,
            });
            return r;
        }
    };
    validate_doc(&doc, opts)
}

/// Validates a parsed document.
pub fn validate_doc(doc: &Doc<'_>, opts: &Options) -> Report {
    let kind = opts.kind.unwrap_or_else(|| detect_kind(doc));
    let mut ctx = Ctx {
        doc,
        opts,
        report: Report::new(),
        path: Vec::with_capacity(12),
    };
    for d in doc.duplicates() {
        ctx.report.push(Issue {
            severity: Severity::Error,
            code: "json.duplicate_key".into(),
            path: d.pointer.clone(),
            message: format!(
                "`{}` appears more than once in this object; the API keeps only one of the values: remove the others",
                walk::clip(&d.key.decode())
            ),
            limit: None,
            actual: None,
        });
    }
    ctx.check_object(doc.root(), kind.schema());
    ctx.report
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
            r.push(Issue {
                severity: Severity::Error,
                code: "json.unserializable".into(),
                path: String::new(),
                message: format!("the value cannot be written as JSON: {e}"),
                limit: None,
                actual: None,
            });
            r
        }
    }
}

/// A top-level `events` member means an events request; anything else is a send request.
pub fn detect_kind(doc: &Doc<'_>) -> Kind {
    if doc.get(doc.root(), "events").is_some() {
        Kind::Events
    } else {
        Kind::Request
    }
}

/// Appends one JSON-pointer reference token, escaping `~` and `/` (RFC 6901).
pub fn push_pointer_token(out: &mut String, token: &str) {
    for c in token.chars() {
        match c {
            '~' => out.push_str("~0"),
            '/' => out.push_str("~1"),
            c => out.push(c),
        }
    }
}

/// A segment of the path being walked.
#[derive(Debug, Clone, Copy)]
enum Seg<'a> {
    Key(JsonStr<'a>),
    Name(&'static str),
    Index(usize),
}

/// The walk's state: the document, the options, the path so far and the report.
/// Cross-field rules ([`rules`]) receive it to read siblings and report issues.
pub struct Ctx<'d, 'a> {
    doc: &'d Doc<'a>,
    opts: &'d Options,
    report: Report,
    path: Vec<Seg<'a>>,
}

impl<'d, 'a> Ctx<'d, 'a> {
    /// The document.
    pub fn doc(&self) -> &'d Doc<'a> {
        self.doc
    }

    /// The options.
    pub fn options(&self) -> &'d Options {
        self.opts
    }

    /// The JSON pointer of the current position.
    pub fn pointer(&self) -> String {
        let mut out = String::new();
        for seg in &self.path {
            out.push('/');
            match seg {
                Seg::Key(k) => push_pointer_token(&mut out, &k.decode()),
                Seg::Name(n) => push_pointer_token(&mut out, n),
                Seg::Index(i) => out.push_str(&i.to_string()),
            }
        }
        out
    }

    /// True once the report is full: callers stop looking, and the report says it was
    /// truncated.
    pub fn is_full(&mut self) -> bool {
        let full = self.report.is_full();
        if full {
            self.report.mark_truncated();
        }
        full
    }

    /// Runs `f` one member deeper (`name` is appended to the path).
    pub fn at<R>(&mut self, name: &'static str, f: impl FnOnce(&mut Self) -> R) -> R {
        self.path.push(Seg::Name(name));
        let r = f(self);
        self.path.pop();
        r
    }

    /// Runs `f` one array element deeper (`i` is appended to the path).
    pub fn at_index<R>(&mut self, i: usize, f: impl FnOnce(&mut Self) -> R) -> R {
        self.path.push(Seg::Index(i));
        let r = f(self);
        self.path.pop();
        r
    }

    /// Reports an issue with a code of its own that still carries a limit and a value.
    pub fn bounded_issue(
        &mut self,
        severity: Severity,
        code: impl Into<String>,
        limit: f64,
        actual: f64,
        message: String,
    ) {
        let path = self.pointer();
        self.report.push(Issue {
            severity,
            code: code.into(),
            path,
            message,
            limit: Some(Amount(limit)),
            actual: Some(Amount(actual)),
        });
    }

    fn enter_key(&mut self, key: JsonStr<'a>) {
        self.path.push(Seg::Key(key));
    }

    fn enter_index(&mut self, i: usize) {
        self.path.push(Seg::Index(i));
    }

    fn leave(&mut self) {
        self.path.pop();
    }

    /// Reports an issue at the current position.
    pub fn issue(&mut self, severity: Severity, code: impl Into<String>, message: String) {
        let path = self.pointer();
        self.report.push(Issue {
            severity,
            code: code.into(),
            path,
            message,
            limit: None,
            actual: None,
        });
    }

    /// Reports an error at the current position.
    pub fn error(&mut self, code: impl Into<String>, message: String) {
        self.issue(Severity::Error, code, message);
    }

    /// Reports a warning at the current position (an error in strict mode when `soft`).
    pub fn warning(&mut self, code: impl Into<String>, message: String) {
        self.issue(Severity::Warning, code, message);
    }

    /// Reports a platform-rendering problem: a warning, or an error in strict mode.
    pub fn platform(&mut self, code: impl Into<String>, message: String) {
        let sev = self.opts.soft();
        self.issue(sev, code, message);
    }

    /// Reports that a value broke a limit, with the limit and the actual value.
    pub fn limit_issue(
        &mut self,
        severity: Severity,
        limit: &Limit,
        over: bool,
        actual: f64,
        message: String,
    ) {
        let path = self.pointer();
        let (code, bound) = if over {
            (limit.code_over(), limit.max)
        } else {
            (limit.code_under(), limit.min)
        };
        self.report.push(Issue {
            severity,
            code,
            path,
            message,
            limit: Some(Amount(bound as f64)),
            actual: Some(Amount(actual)),
        });
    }

    /// How messages name the value at the current position: "`text`", "item 3".
    pub fn subject(&self) -> String {
        match self.path.last() {
            Some(Seg::Key(k)) => format!("`{}`", walk::clip(&k.decode())),
            Some(Seg::Name(n)) => format!("`{n}`"),
            Some(Seg::Index(i)) => format!("item {i}"),
            None => "the body".to_string(),
        }
    }

    /// Member `key` of the object `node`, if present.
    pub fn get(&self, node: NodeId, key: &str) -> Option<NodeId> {
        self.doc.get(node, key)
    }

    /// Member `key` of `node` as a string.
    pub fn get_str(&self, node: NodeId, key: &str) -> Option<Cow<'a, str>> {
        self.get(node, key).and_then(|n| self.doc.str(n))
    }
}

#[cfg(test)]
mod tests;

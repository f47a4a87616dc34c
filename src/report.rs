//! What validation found: a bounded list of located issues.

use crate::limits::MAX_ISSUES;
use crate::message::Message;
pub use crate::rule::Severity;
use serde::Serialize;
use std::fmt;

/// A number in a report: a limit or the value that broke it. Serialized as an integer when
/// it is one.
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
pub struct Amount(pub f64);

impl Serialize for Amount {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let v = self.0;
        if v.fract() == 0.0 && v.abs() < 1e16 {
            s.serialize_i64(v as i64)
        } else {
            s.serialize_f64(v)
        }
    }
}

impl fmt::Display for Amount {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&crate::json::format_number(self.0))
    }
}

/// One problem, located by a JSON pointer into the request.
///
/// ```
/// let report = rcs_kit::validate_str(r#"{"messages": []}"#, &rcs_kit::Options::at(0));
/// let issue = &report.issues()[0];
/// assert_eq!(issue.code, rcs_kit::limits::MESSAGES.code_under());
/// assert_eq!(issue.path, "/messages");
/// assert_eq!(issue.limit.map(|l| l.0), Some(1.0));
/// ```
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Issue {
    /// Error or warning.
    pub severity: Severity,
    /// Stable code, e.g. `suggestion.text.too_long`, as its [`Rule`](crate::rule::Rule)
    /// declares it.
    pub code: &'static str,
    /// JSON pointer (RFC 6901) of the offending value, or of the object that lacks a
    /// required field; the API's JSON names, e.g. `/messages/0/content/suggestions/3/text`.
    pub path: String,
    /// What is wrong and what to do, for a person: [`Issue::msg`] in English (empty in
    /// the WebAssembly build, whose caller renders `msg`).
    pub message: String,
    /// The message as the catalogue's key and its parameters.
    #[serde(skip)]
    pub msg: Message,
    /// The limit that was broken, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<Amount>,
    /// The value that broke it, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub actual: Option<Amount>,
}

impl Issue {
    /// An issue saying `msg`, with `message` its English rendering (left empty in the
    /// WebAssembly build, which has no templates).
    pub fn new(
        severity: Severity,
        code: &'static str,
        path: String,
        msg: Message,
        limit: Option<Amount>,
        actual: Option<Amount>,
    ) -> Issue {
        debug_assert!(
            crate::message::id(msg.msg).is_some(),
            "message {} is not in the catalogue (crate::message::all)",
            msg.key()
        );
        let message = if cfg!(target_arch = "wasm32") {
            String::new()
        } else {
            msg.render()
        };
        Issue {
            severity,
            code,
            path,
            message,
            msg,
            limit,
            actual,
        }
    }
}

impl fmt::Display for Issue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let path = if self.path.is_empty() {
            "(root)"
        } else {
            &self.path
        };
        write!(
            f,
            "{path}: {}: {} [{}]",
            self.severity, self.message, self.code
        )
    }
}

/// Every issue found in one request, in document order (at most
/// [`MAX_ISSUES`](crate::limits::MAX_ISSUES)).
///
/// ```
/// use rcs_kit::{validate_str, Options};
/// let r = validate_str(r#"{"messages":[{"sender":"S","destinations":[{"to":"441134960001"}],
///     "content":{"type":"TEXT","text":"Hi"}}]}"#, &Options::at(0));
/// assert!(r.is_valid());
/// assert!(r.issues().is_empty());
/// ```
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Report {
    valid: bool,
    issues: Vec<Issue>,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    truncated: bool,
}

impl Report {
    /// An empty report.
    pub fn new() -> Self {
        Report {
            valid: true,
            issues: Vec::new(),
            truncated: false,
        }
    }

    /// True when there is no error (warnings allowed).
    pub fn is_valid(&self) -> bool {
        self.valid
    }

    /// All issues, in document order.
    pub fn issues(&self) -> &[Issue] {
        &self.issues
    }

    /// The issues, by value.
    pub fn into_issues(self) -> Vec<Issue> {
        self.issues
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

    /// True when more issues were found than the report keeps.
    pub fn is_truncated(&self) -> bool {
        self.truncated
    }

    /// True once the report holds as many issues as it keeps.
    pub fn is_full(&self) -> bool {
        self.issues.len() >= MAX_ISSUES
    }

    /// Records that issues were left out.
    pub fn mark_truncated(&mut self) {
        self.truncated = true;
    }

    /// Adds an issue; past [`MAX_ISSUES`] it only marks the report truncated.
    pub fn push(&mut self, issue: Issue) {
        if issue.severity == Severity::Error {
            self.valid = false;
        }
        if self.is_full() {
            self.truncated = true;
        } else {
            self.issues.push(issue);
        }
    }
}

impl Report {
    /// The report as compact JSON: `{"valid", "issues": [{"severity", "code", "path",
    /// "message", "limit"?, "actual"?}], "truncated"?}` — the same bytes as its serde
    /// serialization, written without serde so that the WebAssembly build does not need
    /// a JSON serializer.
    ///
    /// ```
    /// let r = rcs_kit::validate_str("[]", &rcs_kit::Options::at(0));
    /// assert!(r.to_json().starts_with(r#"{"valid":false,"issues":[{"severity":"error","code":"#));
    /// ```
    ///
    /// The WebAssembly build has no English to write: there it writes
    /// [`Report::to_wire_json`]'s `msg` instead of `message` (as the reports inside a
    /// template's report and an audience's do, for the package to render).
    pub fn to_json(&self) -> String {
        self.write_json::<false>(cfg!(target_arch = "wasm32"))
    }

    /// [`Report::to_json`] of a report that may hold the template checks' messages (a
    /// template's report, an audience's rows): in the WebAssembly build, only these
    /// name those messages by their ids (see [`Message::write_json_in`]).
    pub fn to_template_json(&self) -> String {
        self.write_json::<true>(cfg!(target_arch = "wasm32"))
    }

    /// The report as the WebAssembly module hands it to JavaScript: as
    /// [`Report::to_json`], with each issue's `"message"` replaced by the id of its
    /// catalogue entry and the parameters it is rendered from (`"msg": {"id", "params"}`,
    /// see [`Message::write_json`]).
    ///
    /// ```
    /// let r = rcs_kit::validate_str("[]", &rcs_kit::Options::at(0));
    /// assert!(r.to_wire_json().contains(r#","msg":{"id":"#));
    /// ```
    pub fn to_wire_json(&self) -> String {
        self.write_json::<false>(true)
    }

    fn write_json<const TEMPLATE: bool>(&self, wire: bool) -> String {
        let mut out = String::with_capacity(64 + self.issues.len() * 160);
        out.push_str(if self.valid {
            "{\"valid\":true,\"issues\":["
        } else {
            "{\"valid\":false,\"issues\":["
        });
        for (i, issue) in self.issues.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            out.push_str("{\"severity\":\"");
            out.push_str(issue.severity.id());
            out.push_str("\",\"code\":");
            push_json_string(&mut out, issue.code);
            out.push_str(",\"path\":");
            push_json_string(&mut out, &issue.path);
            if wire {
                out.push_str(",\"msg\":");
                issue.msg.write_json_in::<TEMPLATE>(&mut out);
            } else {
                out.push_str(",\"message\":");
                push_json_string(&mut out, &issue.message);
            }
            if let Some(l) = issue.limit {
                out.push_str(",\"limit\":");
                out.push_str(&l.to_string());
            }
            if let Some(a) = issue.actual {
                out.push_str(",\"actual\":");
                out.push_str(&a.to_string());
            }
            out.push('}');
        }
        out.push(']');
        if self.truncated {
            out.push_str(",\"truncated\":true");
        }
        out.push('}');
        out
    }
}

impl Report {
    /// The report in the shape of Infobip's Messages API validation endpoint
    /// (`POST /messages-api/1/messages/validate`; Java SDK
    /// `MessagesApiValidationOkResponse` / `MessagesApiValidationBadResponse`), so that a
    /// server can answer like Infobip: `{"description", "action", "violations"?,
    /// "skippableViolations"}`, each violation `{"property", "violation"}`. Errors are
    /// `violations` (left out when there is none, as in the OK response), warnings
    /// `skippableViolations`. `property` is the issue's JSON pointer written as Infobip
    /// writes it (`messages[0].metadata`; empty for the whole body), `violation` its
    /// message. The `description` and `action` texts are rcs-kit's (inferred: the SDKs
    /// give the fields, not their wording).
    ///
    /// ```
    /// let body = r#"{"messages":[{"channel":"RCS","sender":"S","destinations":[{"to":"441134960001"}],
    ///   "content":{"body":{"type":"TEXT","text":"Hi"}},"metadata":{}}]}"#;
    /// let r = rcs_kit::validate_str(body, &rcs_kit::Options::at(0));
    /// let v: serde_json::Value = serde_json::from_str(&r.to_infobip_json()).unwrap();
    /// assert!(v.get("violations").is_none());
    /// assert_eq!(v["skippableViolations"][0]["property"], "messages[0].metadata");
    /// ```
    pub fn to_infobip_json(&self) -> String {
        let list = |out: &mut String, issues: &mut dyn Iterator<Item = &Issue>| {
            out.push('[');
            for (i, issue) in issues.enumerate() {
                if i > 0 {
                    out.push(',');
                }
                out.push_str("{\"property\":");
                push_json_string(out, &infobip_property(&issue.path));
                out.push_str(",\"violation\":");
                push_json_string(out, &issue.message);
                out.push('}');
            }
            out.push(']');
        };
        let mut out = String::with_capacity(96 + self.issues.len() * 120);
        if self.valid {
            out.push_str("{\"description\":\"Request is valid.\",\"action\":\"No action needed.\"");
        } else {
            out.push_str("{\"description\":\"Request is invalid.\",\"action\":\"Fix the violations and send the request again.\",\"violations\":");
            list(&mut out, &mut self.errors());
        }
        out.push_str(",\"skippableViolations\":");
        list(&mut out, &mut self.warnings());
        out.push('}');
        out
    }
}

/// A JSON pointer as Infobip writes a property: `/messages/0/metadata` is
/// `messages[0].metadata`.
///
/// ```
/// use rcs_kit::report::infobip_property;
/// assert_eq!(infobip_property("/messages/0/content/buttons/1/text"), "messages[0].content.buttons[1].text");
/// assert_eq!(infobip_property("/a~1b/c~0d"), "a/b.c~d");
/// assert_eq!(infobip_property(""), "");
/// ```
pub fn infobip_property(pointer: &str) -> String {
    let mut out = String::with_capacity(pointer.len());
    for token in pointer.split('/').skip(1) {
        let token = token.replace("~1", "/").replace("~0", "~");
        if !token.is_empty() && token.bytes().all(|b| b.is_ascii_digit()) {
            out.push('[');
            out.push_str(&token);
            out.push(']');
        } else {
            if !out.is_empty() {
                out.push('.');
            }
            out.push_str(&token);
        }
    }
    out
}

/// Appends `s` as a JSON string literal, escaping as `serde_json` does.
pub fn push_json_string(out: &mut String, s: &str) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    out.reserve(s.len() + 2);
    out.push('"');
    crate::json::push_escaped(
        out,
        s,
        |b| b < 0x20 || b == b'"' || b == b'\\',
        |b, out| {
            out.push('\\');
            match b {
                b'\n' => out.push('n'),
                b'\r' => out.push('r'),
                b'\t' => out.push('t'),
                0x08 => out.push('b'),
                0x0c => out.push('f'),
                0..=0x1f => {
                    out.push_str("u00");
                    for nibble in [b >> 4, b & 15] {
                        out.push(char::from(
                            HEX.get(usize::from(nibble)).copied().unwrap_or(b'0'),
                        ));
                    }
                }
                _ => out.push(char::from(b)),
            }
        },
    );
    out.push('"');
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for i in &self.issues {
            writeln!(f, "{i}")?;
        }
        if self.truncated {
            writeln!(
                f,
                "(stopped after {MAX_ISSUES} issues; fix these and validate again)"
            )?;
        }
        Ok(())
    }
}

/// Cuts a long value quoted in a message to 60 characters (control characters shown as
/// U+FFFD), so that a message stays readable whatever the input.
///
/// ```
/// assert_eq!(rcs_kit::report::clip("a\nb"), "a\u{FFFD}b");
/// assert_eq!(rcs_kit::report::clip(&"x".repeat(70)).chars().count(), 61);
/// ```
pub fn clip(s: &str) -> String {
    clip_to(s, 60, '\u{FFFD}')
}

/// Cuts `s` to `max` characters, with `…` when cut, writing `control` for each control
/// character.
///
/// ```
/// assert_eq!(rcs_kit::report::clip_to("ab\ncd", 3, ' '), "ab …");
/// ```
pub fn clip_to(s: &str, max: usize, control: char) -> String {
    let mut out: String = s
        .chars()
        .take(max)
        .map(|c| if c.is_control() { control } else { c })
        .collect();
    if s.chars().nth(max).is_some() {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn to_json_matches_serde() {
        let mut r = Report::new();
        r.push(Issue::new(
            Severity::Error,
            "a.b",
            "/x/0/\"q\"".into(),
            Message::from("tab\there \u{1} \\ é 😀 \u{8}\u{c}\r\n"),
            Some(Amount(25.0)),
            Some(Amount(90.000001)),
        ));
        r.push(Issue::new(
            Severity::Warning,
            "w",
            String::new(),
            Message::from(""),
            None,
            Some(Amount(-3.0)),
        ));
        assert_eq!(r.to_json(), serde_json::to_string(&r).unwrap());
        r.mark_truncated();
        assert_eq!(r.to_json(), serde_json::to_string(&r).unwrap());
        assert_eq!(
            Report::new().to_json(),
            serde_json::to_string(&Report::new()).unwrap()
        );
    }
}

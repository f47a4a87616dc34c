//! What validation found: a bounded list of located issues.

use crate::limits::MAX_ISSUES;
use serde::Serialize;
use std::fmt;

/// How bad an issue is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The API would reject the request, or silently do something else than asked.
    Error,
    /// The request is accepted, but something will not work or look as intended.
    Warning,
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        })
    }
}

/// A number in a report: a limit or the value that broke it. Serialized as an integer when
/// it is one.
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
pub struct Amount(pub f64);

impl Serialize for Amount {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let v = self.0;
        if v.fract() == 0.0 && v.abs() < 9.0e15 {
            s.serialize_i64(v as i64)
        } else {
            s.serialize_f64(v)
        }
    }
}

impl fmt::Display for Amount {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let v = self.0;
        if v.fract() == 0.0 && v.abs() < 9.0e15 {
            write!(f, "{}", v as i64)
        } else {
            write!(f, "{v}")
        }
    }
}

/// One problem, located by a JSON pointer into the request.
///
/// ```
/// let report = rcs_kit::validate_str(r#"{"messages": []}"#, &rcs_kit::Options::at(0));
/// let issue = &report.issues()[0];
/// assert_eq!(issue.code, "request.messages.too_few");
/// assert_eq!(issue.path, "/messages");
/// assert_eq!(issue.limit.map(|l| l.0), Some(1.0));
/// ```
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Issue {
    /// Error or warning.
    pub severity: Severity,
    /// Stable code, e.g. `suggestion.text.too_long`.
    pub code: String,
    /// JSON pointer (RFC 6901) of the offending value, or of the object that lacks a
    /// required field; the API's JSON names, e.g. `/messages/0/content/suggestions/3/text`.
    pub path: String,
    /// What is wrong and what to do, for a person.
    pub message: String,
    /// The limit that was broken, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<Amount>,
    /// The value that broke it, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub actual: Option<Amount>,
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

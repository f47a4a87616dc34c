//! What a rule is: the declaration that every issue code has, written once, as a literal,
//! beside the check that emits it.
//!
//! A [`Rule`] names a code, how severe it is, whether `--strict` promotes it, whether it
//! is advice (reported only with [`Options::advice`](crate::Options::advice)), a one-line
//! explanation and its source. Checks report issues *through* their rule
//! ([`Ctx::report`](crate::context::Ctx::report)), so the severity of a code is decided in
//! one place. The README's rule table, the TypeScript `IssueCode` union and the docs read
//! the declarations ([`rules::all`](crate::rules::all)).
//!
//! ```
//! use rcs_kit::rule::{Rule, Severity};
//! const CHIP_TOO_LONG: Rule = Rule::error("chip.too_long", "A chip's text is too long.", "an example");
//! assert_eq!(CHIP_TOO_LONG.severity, Severity::Error);
//! assert!(!CHIP_TOO_LONG.strict);
//! let advice = Rule::warning("chip.ios", "How an iPhone shows it.", "an example").advice().strict();
//! assert_eq!(advice.severity_with(true), Severity::Error);
//! assert_eq!(advice.severity_with(false), Severity::Warning);
//! ```

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

impl Severity {
    /// `error` or `warning`.
    pub const fn id(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

/// The declaration of one issue code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rule {
    /// The stable code, e.g. `suggestion.text.too_long`.
    pub code: &'static str,
    /// Severity without `--strict`.
    pub severity: Severity,
    /// Whether `--strict` turns this warning into an error.
    pub strict: bool,
    /// Whether it is advice beyond the API's rules, reported only with
    /// [`Options::advice`](crate::Options::advice).
    pub advice: bool,
    /// One line: what the rule says. Natively only, like [`Rule::source`] and
    /// [`Rule::schema`]: the WebAssembly build never shows them, and leaving the fields
    /// out (rather than empty) saves their 24 bytes in every rule of its tables.
    #[cfg(not(target_arch = "wasm32"))]
    pub doc: &'static str,
    /// Where the rule comes from (natively only).
    #[cfg(not(target_arch = "wasm32"))]
    pub source: &'static str,
    /// The limit a cross-field rule enforces, when it has one: the docs show its numbers
    /// from the limits table, so a rule's doc never retypes them.
    pub limit: Option<&'static crate::limits::Limit>,
    /// What the JSON Schema can say of this rule, as JSON Schema keywords (JSON text) to
    /// add to the object its check is attached to; empty when it cannot be expressed
    /// (natively only).
    #[cfg(not(target_arch = "wasm32"))]
    pub schema: &'static str,
}

/// Text kept natively (docs, README, TypeScript) and left out of the WebAssembly build,
/// which never shows it and saves its bytes.
pub(crate) const fn native(text: &'static str) -> &'static str {
    if cfg!(target_arch = "wasm32") {
        ""
    } else {
        text
    }
}

impl Rule {
    /// An error: the API rejects the request (or does something else than asked).
    pub const fn error(code: &'static str, doc: &'static str, source: &'static str) -> Rule {
        #[cfg(target_arch = "wasm32")]
        let _ = (doc, source);
        Rule {
            code,
            severity: Severity::Error,
            strict: false,
            advice: false,
            #[cfg(not(target_arch = "wasm32"))]
            doc,
            #[cfg(not(target_arch = "wasm32"))]
            source,
            limit: None,
            #[cfg(not(target_arch = "wasm32"))]
            schema: "",
        }
    }

    /// A warning: accepted, but not what the sender meant.
    pub const fn warning(code: &'static str, doc: &'static str, source: &'static str) -> Rule {
        Rule {
            severity: Severity::Warning,
            ..Rule::error(code, doc, source)
        }
    }

    /// The same rule, bounded by `limit`.
    pub const fn bounded(self, limit: &'static crate::limits::Limit) -> Rule {
        Rule {
            limit: Some(limit),
            ..self
        }
    }

    /// The same rule, with the JSON Schema keywords that express it (see [`Rule::schema`]).
    pub const fn expressed_as(self, schema: &'static str) -> Rule {
        #[cfg(target_arch = "wasm32")]
        let _ = schema;
        Rule {
            #[cfg(not(target_arch = "wasm32"))]
            schema,
            ..self
        }
    }

    /// The same rule, turned into an error by `--strict`.
    pub const fn strict(self) -> Rule {
        Rule {
            strict: true,
            ..self
        }
    }

    /// The same rule, reported only with [`Options::advice`](crate::Options::advice).
    pub const fn advice(self) -> Rule {
        Rule {
            advice: true,
            ..self
        }
    }

    /// The severity of an issue of this rule, with or without `--strict`.
    pub const fn severity_with(&self, strict: bool) -> Severity {
        if strict && self.strict {
            Severity::Error
        } else {
            self.severity
        }
    }

    /// How the README writes the severity: `error`, `warning`, `warning*` (an error with
    /// `--strict`), `advice` or `advice*`.
    pub fn level(&self) -> String {
        let base = match (self.advice, self.severity) {
            (true, _) => "advice",
            (false, s) => s.id(),
        };
        if self.strict {
            format!("{base}*")
        } else {
            base.to_string()
        }
    }
}

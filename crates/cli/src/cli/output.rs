//! Printing reports: lines for a person, or one JSON object per file.

use super::args::Format;
use super::input::Input;
use rcs_kit::limits::MAX_ISSUES;
use rcs_kit::Report;
use std::io::{self, Write};

/// Writes one report per input.
pub struct Printer<W: Write> {
    out: W,
    format: Format,
    /// Several inputs: name each line (text) or object (json).
    named: bool,
}

impl<W: Write> Printer<W> {
    /// A printer; `named` when several inputs are given.
    pub fn new(out: W, format: Format, named: bool) -> Self {
        Printer { out, format, named }
    }

    /// Writes the report of `input`.
    pub fn report(&mut self, input: &Input, report: &Report) -> io::Result<()> {
        match self.format {
            Format::Json => self.json(input, report),
            Format::Text => self.text(input, report),
        }
    }

    /// Flushes the output.
    pub fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }

    /// One line per file: `Report::to_json`, the same bytes the WebAssembly package
    /// returns, with `"file"` first when several files are checked.
    fn json(&mut self, input: &Input, report: &Report) -> io::Result<()> {
        let json = report.to_json();
        if self.named {
            let mut file = String::new();
            rcs_kit::validate::push_json_string(&mut file, &input.arg());
            let rest = json.strip_prefix('{').unwrap_or(&json);
            writeln!(self.out, "{{\"file\":{file},{rest}")
        } else {
            writeln!(self.out, "{json}")
        }
    }

    fn text(&mut self, input: &Input, report: &Report) -> io::Result<()> {
        let name = printable(&input.display());
        for issue in report.issues() {
            if self.named {
                write!(self.out, "{name}: ")?;
            }
            // `path: severity: message [code]`, with "(root)" for the whole body.
            writeln!(self.out, "{}", printable(&issue.to_string()))?;
        }
        writeln!(self.out, "{name}: {}", summary(report))
    }
}

/// `valid`, `valid (2 warnings)`, `invalid: 3 errors, 1 warning`, and a note when the
/// report stopped collecting.
fn summary(report: &Report) -> String {
    let errors = report.errors().count();
    let warnings = report.warnings().count();
    let mut s = if report.is_valid() {
        if warnings == 0 {
            "valid".to_owned()
        } else {
            format!("valid ({})", count(warnings, "warning"))
        }
    } else if warnings == 0 {
        format!("invalid: {}", count(errors, "error"))
    } else {
        format!(
            "invalid: {}, {}",
            count(errors, "error"),
            count(warnings, "warning")
        )
    };
    if report.is_truncated() {
        s.push_str(&format!(
            ", and more not listed (the report stops at {MAX_ISSUES} issues)"
        ));
    }
    s
}

fn count(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

/// `s` with control characters (which could move a terminal's cursor or clear it)
/// written as `\u{..}` escapes. Messages quote the input, which may hold anything.
pub fn printable(s: &str) -> String {
    if !s.chars().any(char::is_control) {
        return s.to_owned();
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if c.is_control() {
            out.push_str(&c.escape_unicode().to_string());
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_are_escaped() {
        assert_eq!(printable("a\u{1b}[2Jb\n"), "a\\u{1b}[2Jb\\u{a}");
        assert_eq!(printable("plain é"), "plain é");
    }

    #[test]
    fn counts() {
        assert_eq!(count(1, "error"), "1 error");
        assert_eq!(count(0, "warning"), "0 warnings");
    }
}

//! `rcs-kit template`: check a message template (a message with `{{name}}` placeholders
//! and its declared variables) for the sample and for the worst case.

use super::args::{Command, Format, UsageError};
use super::input::{self, Input};
use super::output::printable;
use super::{print_stdout, EXIT_INVALID, EXIT_VALID};
use rcs_kit::template::validate_template;
use rcs_kit::Options;
use std::ffi::OsString;

/// The short usage, ending with a newline.
pub const USAGE: &str = "\
Usage: rcs-kit template [--format text|json] [--strict] FILE
Checks a message template: {\"variables\": [{\"name\", \"sample\", \"maxLength\",
\"allowEmpty\"?}], \"destination\"?, \"message\" | \"request\"}, whose texts, titles,
descriptions, postback data and URLs (after the host) may hold {{name}} placeholders.
Reports every issue of the sample rendering, and what breaks with every variable at its
maxLength (the worst case) or with the variables that may be empty left empty; then,
per templated field with a length limit, the room left for the variables.
Exit status: 0 valid (warnings allowed), 1 invalid, 2 unreadable or usage wrong.
";

/// `rcs-kit template [--format F] [--strict] FILE`.
pub struct Template {
    /// JSON output instead of text.
    pub json: bool,
    /// `--strict`.
    pub strict: bool,
    /// The template.
    pub input: Input,
}

/// Parses the arguments after `template`.
pub fn parse(it: impl Iterator<Item = OsString>) -> Result<Command, UsageError> {
    let err = |message: String| {
        Err(UsageError {
            message,
            usage: USAGE,
        })
    };
    let (mut json, mut strict) = (false, false);
    let mut inputs = Vec::new();
    let mut it = it.peekable();
    while let Some(arg) = it.next() {
        match arg.to_str() {
            Some("-h" | "--help") => return err("checks a message template".into()),
            Some("--strict") => strict = true,
            Some("--format") => match Format::next(it.next()) {
                Ok(f) => json = f == Format::Json,
                Err(why) => return err(why),
            },
            Some(s) if s.starts_with('-') && s != "-" => {
                return err(format!("unknown option `{}`", printable(s)))
            }
            _ => inputs.push(Input::from_arg(arg)),
        }
    }
    match input::single(inputs) {
        Ok(input) => Ok(Command::Template(Template {
            json,
            strict,
            input,
        })),
        Err(why) => err(why),
    }
}

/// Runs `rcs-kit template`; returns the exit status.
pub fn run(t: &Template) -> u8 {
    let name = printable(&t.input.display());
    let bytes = match input::read_one(&t.input, |name, _| {
        format!("rcs-kit: {name} is over the API's 10 MB request limit\n")
    }) {
        Ok(bytes) => bytes,
        Err(status) => return status,
    };
    let text = String::from_utf8_lossy(&bytes);
    let opts = Options {
        strict: t.strict,
        ..Options::default()
    };
    let r = validate_template(&text, &opts);
    let mut out = String::new();
    if t.json {
        out.push_str(&r.to_json());
        out.push('\n');
    } else {
        for i in r.report.issues() {
            out.push_str(&printable(&i.to_string()));
            out.push('\n');
        }
        if !r.fields.is_empty() {
            out.push_str("Room for the variables (limit - fixed text - every maxLength):\n");
            for f in &r.fields {
                out.push_str(&format!(
                    "  {}: {} of {} characters at worst ({} fixed + {} for {}), {} {}\n",
                    printable(&f.path),
                    f.worst,
                    f.limit,
                    f.fixed,
                    f.worst - f.fixed,
                    f.variables.join(", "),
                    f.left().abs(),
                    if f.left() < 0 { "over" } else { "left" }
                ));
            }
        }
        let errors = r.report.errors().count();
        let warnings = r.report.warnings().count();
        out.push_str(&format!(
            "{name}: {}\n",
            match (errors, warnings) {
                (0, 0) => "valid template".to_string(),
                (0, w) => format!(
                    "valid template, {w} warning{}",
                    if w == 1 { "" } else { "s" }
                ),
                (e, w) => format!(
                    "invalid template: {e} error{}, {w} warning{}",
                    if e == 1 { "" } else { "s" },
                    if w == 1 { "" } else { "s" }
                ),
            }
        ));
    }
    let status = print_stdout(&out);
    if status != 0 {
        return status;
    }
    if r.report.is_valid() {
        EXIT_VALID
    } else {
        EXIT_INVALID
    }
}

//! `rcs-kit inspect-webhook`: detect, check and summarize an inbound webhook body.

use super::args::{Command, Help, UsageError};
use super::input::{self, Input};
use super::output::printable;
use super::{print_stdout, EXIT_INVALID, EXIT_VALID};
use rcs_kit::webhooks::{inspect, Inspection};
use std::ffi::OsString;

/// The short usage, ending with a newline.
pub const USAGE: &str = "\
Usage: rcs-kit inspect-webhook FILE
Try `rcs-kit inspect-webhook --help` for more information.
";

/// `rcs-kit inspect-webhook --help`.
pub const HELP: &str = "\
Usage: rcs-kit inspect-webhook FILE

Reads FILE (`-` reads standard input), the body of a webhook Infobip sent to your
server, and detects its kind from its shape: MO message, MO event (a suggestion
tapped), typing indicator, delivery report, seen report, conversation started, a
capability-check result (flat or nested), or the answer to a capability check (sync
`capabilityCheckResults` or async `capabilityCheckRequestStates`).
Prints a summary, one line per result, then every problem (`path: severity: message
[code]`, the path a JSON pointer into the body), then a line with the verdict.

Errors: a required member missing, a wrong type, a date-time that is not one, a
latitude outside -90..90 or a longitude outside -180..180. Warnings: members and enum
values the spec does not list (the API adds them; rcs_kit::webhooks keeps them),
members the current spec requires but older payloads leave out, counts that do not
match the results.

Exit status:
  0  a well-formed webhook of a known kind (warnings allowed)
  1  not a known webhook, or not well-formed
  2  FILE could not be read, the output could not be written, or the command line
     is wrong
";

/// Parses the arguments after `inspect-webhook`.
pub fn parse(it: impl Iterator<Item = OsString>) -> Result<Command, UsageError> {
    let err = |message: String| {
        Err(UsageError {
            message,
            usage: USAGE,
        })
    };
    let mut inputs = Vec::new();
    let mut only_files = false;
    for arg in it {
        match arg.to_str() {
            Some("--") if !only_files => only_files = true,
            Some("-h" | "--help") if !only_files => return Ok(Command::Help(Help::InspectWebhook)),
            Some(s) if !only_files && s.starts_with('-') && s != "-" => {
                return err(format!("unknown option `{}`", printable(s)))
            }
            _ => inputs.push(Input::from_arg(arg)),
        }
    }
    match input::single(inputs) {
        Ok(input) => Ok(Command::InspectWebhook(input)),
        Err(why) => err(why),
    }
}

/// Runs `rcs-kit inspect-webhook`; returns the exit status.
pub fn run(input: &Input) -> u8 {
    let name = printable(&input.display());
    let bytes = match input::read_one(input, |name, _| {
        format!("rcs-kit: {name} is over 10 MB: not read (no webhook is that large)\n")
    }) {
        Ok(bytes) => bytes,
        Err(status) => return status,
    };
    let Ok(text) = std::str::from_utf8(&bytes) else {
        let status = print_stdout(&format!(
            "Not JSON: the body cannot be read.\n(root): error: the body is not UTF-8 [json.invalid_utf8]\n{name}: not a known RCS webhook\n"
        ));
        return if status == EXIT_VALID {
            EXIT_INVALID
        } else {
            status
        };
    };
    let inspection = inspect(text);
    let mut out = printable_lines(&inspection.summary);
    for issue in &inspection.issues {
        out.push_str(&printable(&issue.to_string()));
        out.push('\n');
    }
    out.push_str(&format!("{name}: {}\n", verdict(&inspection)));
    match print_stdout(&out) {
        EXIT_VALID if inspection.is_well_formed() => EXIT_VALID,
        EXIT_VALID => EXIT_INVALID,
        other => other,
    }
}

/// Each line of `text` with control characters escaped, line breaks kept.
fn printable_lines(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.lines() {
        out.push_str(&printable(line));
        out.push('\n');
    }
    out
}

/// `well-formed delivery report (1 warning)`, `not well-formed: 2 errors`, ...
fn verdict(i: &Inspection) -> String {
    let count = |n: usize, noun: &str| {
        if n == 1 {
            format!("1 {noun}")
        } else {
            format!("{n} {noun}s")
        }
    };
    let errors = i.errors().count();
    let warnings = i.warnings().count();
    if !i.kind.is_known() {
        return "not a known RCS webhook".into();
    }
    let kind = i.kind.noun();
    match (errors, warnings) {
        (0, 0) => format!("well-formed {kind}"),
        (0, w) => format!("well-formed {kind} ({})", count(w, "warning")),
        (e, 0) => format!("{kind}, not well-formed: {}", count(e, "error")),
        (e, w) => format!(
            "{kind}, not well-formed: {}, {}",
            count(e, "error"),
            count(w, "warning")
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::super::args::parse as parse_all;
    use super::*;

    fn args(a: &[&str]) -> Vec<OsString> {
        a.iter().map(OsString::from).collect()
    }

    #[test]
    fn parses_one_file() {
        match parse_all(args(&["inspect-webhook", "-"])) {
            Ok(Command::InspectWebhook(i)) => assert_eq!(i.display(), "<stdin>"),
            _ => panic!("not inspect-webhook"),
        }
        match parse_all(args(&["inspect-webhook", "--", "--help"])) {
            Ok(Command::InspectWebhook(i)) => assert_eq!(i.display(), "--help"),
            _ => panic!("`--` then a file named --help"),
        }
        assert!(matches!(
            parse_all(args(&["inspect-webhook", "-h"])),
            Ok(Command::Help(Help::InspectWebhook))
        ));
        assert!(matches!(
            parse_all(args(&["help", "inspect-webhook"])),
            Ok(Command::Help(Help::InspectWebhook))
        ));
    }

    #[test]
    fn usage_errors() {
        let error = |a: &[&str]| match parse_all(args(a)) {
            Err(e) => e.message,
            Ok(_) => panic!("accepted: {a:?}"),
        };
        assert!(error(&["inspect-webhook"]).contains("no FILE"));
        assert!(error(&["inspect-webhook", "a", "b"]).contains("one FILE"));
        assert!(error(&["inspect-webhook", "--strict", "a"]).contains("`--strict`"));
    }

    #[test]
    fn verdicts() {
        let v = |s: &str| verdict(&inspect(s));
        assert_eq!(v("[]"), "not a known RCS webhook");
        assert_eq!(
            v(r#"{"results":[{"messageId":"m","seenAt":"2019-08-24T14:15:22Z"}]}"#),
            "well-formed seen report"
        );
        assert_eq!(
            v(r#"{"results":[{"seenAt":"yesterday"}]}"#),
            "seen report, not well-formed: 1 error, 1 warning"
        );
    }
}

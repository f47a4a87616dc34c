//! `rcs-kit convert --to messages-api|rcs FILE`: a request of one of Infobip's two RCS
//! endpoints converted to the other, with a note for everything renamed, inferred or lost.

use super::args::{Command, UsageError};
use super::input::{self, Input};
use super::output::printable;
use super::{print_stdout, stderr, EXIT_INVALID};
use rcs_kit::convert::{from_messages_api, to_messages_api};
use rcs_kit::{validate_value, Kind, Options};
use std::ffi::OsString;

/// `rcs-kit convert --to TARGET FILE`.
pub struct Convert {
    /// Convert to the Messages API (`true`) or to the RCS API.
    pub to_messages_api: bool,
    /// The request body.
    pub input: Input,
}

/// The short usage, ending with a newline.
pub const USAGE: &str = "\
Usage: rcs-kit convert --to messages-api|rcs FILE
Converts FILE (`-` reads standard input) between POST /rcs/2/messages (rcs) and
POST /messages-api/1/messages with channel RCS (messages-api), or an events request
between POST /rcs/1/events and POST /messages-api/1/events. The converted body goes
to standard output, indented; standard error gets one note per line, `path: message
[code]`, the path a JSON pointer into FILE: what was renamed, inferred or lost.
Exit status: 0 converted and valid under the target's profile; 1 not a request body,
or the converted body is invalid (its problems on standard error); 2 usage or I/O.
";

/// Parses the arguments after `convert`.
pub fn parse(mut it: impl Iterator<Item = OsString>) -> Result<Command, UsageError> {
    let err = |message: String| {
        Err(UsageError {
            message,
            usage: USAGE,
        })
    };
    let mut to = None;
    let mut inputs = Vec::new();
    while let Some(arg) = it.next() {
        let flag = match arg.to_str() {
            Some(s) if s.starts_with('-') && s != "-" => s.to_owned(),
            _ => {
                inputs.push(Input::from_arg(arg));
                continue;
            }
        };
        let value = match flag.as_str() {
            "--to" => it.next().and_then(|v| v.into_string().ok()),
            s => match s.strip_prefix("--to=") {
                Some(v) => Some(v.to_owned()),
                None => return err(format!("unknown option `{}`", printable(s))),
            },
        };
        to = match value.as_deref() {
            Some("messages-api") => Some(true),
            Some("rcs") => Some(false),
            _ => return err("`--to` needs `messages-api` or `rcs`".into()),
        };
    }
    let Some(to_messages_api) = to else {
        return err("`--to messages-api` or `--to rcs` is required".into());
    };
    match input::single(inputs) {
        Ok(input) => Ok(Command::Convert(Convert {
            to_messages_api,
            input,
        })),
        Err(why) => err(why),
    }
}

/// Runs `rcs-kit convert`; returns the exit status.
pub fn run(c: &Convert) -> u8 {
    let name = printable(&c.input.display());
    let bytes = match input::read_one(&c.input, |name, report| {
        format!(
            "rcs-kit: {name}: not converted\n{}\n",
            printable(report.to_string().trim_end())
        )
    }) {
        Ok(bytes) => bytes,
        Err(status) => return status,
    };
    let Ok(value) = serde_json::from_slice::<serde_json::Value>(&bytes) else {
        stderr(&format!("rcs-kit: {name} is not JSON: not converted\n"));
        return EXIT_INVALID;
    };
    // An events body converts to an events body of the other API.
    let events = value.get("events").is_some();
    let (conversion, kind) = match (c.to_messages_api, events) {
        (true, false) => (to_messages_api(&value), Kind::MessagesApi),
        (true, true) => (to_messages_api(&value), Kind::MessagesApiEvents),
        (false, false) => (from_messages_api(&value), Kind::Request),
        (false, true) => (from_messages_api(&value), Kind::Events),
    };
    let mut notes = String::new();
    for n in &conversion.notes {
        notes.push_str(&printable(&n.to_string()));
        notes.push('\n');
    }
    let Some(output) = conversion.output else {
        stderr(&format!("{notes}rcs-kit: {name}: nothing converted\n"));
        return EXIT_INVALID;
    };
    let opts = Options {
        kind: Some(kind),
        ..Options::default()
    };
    let report = validate_value(&output, &opts);
    let mut issues = String::new();
    for i in report.issues() {
        issues.push_str(&printable(&i.to_string()));
        issues.push('\n');
    }
    if !report.is_valid() {
        stderr(&format!(
            "{notes}rcs-kit: the body converted from {name} is invalid for {} (paths into the converted body):\n{issues}",
            kind.endpoint()
        ));
        return EXIT_INVALID;
    }
    if !issues.is_empty() {
        notes.push_str(&format!(
            "rcs-kit: the converted body is valid, with warnings (paths into the converted body):\n{issues}"
        ));
    }
    stderr(&notes);
    let json = serde_json::to_string_pretty(&output).unwrap_or_default();
    print_stdout(&format!("{json}\n"))
}

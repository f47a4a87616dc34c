//! The command line, parsed by hand (the `cli` feature has no dependencies).

use super::input::Input;
use rcs_kit::validate::parse_date_time;
use rcs_kit::{Kind, Options};
use std::ffi::OsString;

/// What the command line asks for.
pub enum Command {
    /// Print a help text to stdout.
    Help(Help),
    /// Print the version.
    Version,
    /// Validate files.
    Validate(Validate),
    /// Print the JSON Schema of a body kind.
    Schema(Kind),
    /// Predict billing.
    Billing(super::billing::Billing),
    /// The device features each message needs.
    Features(super::features::Features),
    /// Check a message template.
    Template(super::template::Template),
    /// Render a template for an audience.
    Render(super::render::Render),
    /// Convert a legacy `/ott/rcs/1/message` body to a `/rcs/2/messages` request.
    Migrate(super::migrate::Migrate),
    /// Convert between the RCS API and the Messages API.
    Convert(super::convert::Convert),
    /// Detect, check and summarize an inbound webhook body.
    InspectWebhook(Input),
}

/// Which help text.
#[derive(Clone, Copy)]
pub enum Help {
    /// The tool's overview.
    Main,
    /// `rcs-kit validate --help`.
    Validate,
    /// `rcs-kit migrate --help`.
    Migrate,
    /// `rcs-kit inspect-webhook --help`.
    InspectWebhook,
}

impl Help {
    /// The text, ending with a newline.
    pub fn text(self) -> &'static str {
        match self {
            Help::Main => MAIN_HELP,
            Help::Validate => VALIDATE_HELP,
            Help::Migrate => super::migrate::HELP,
            Help::InspectWebhook => super::inspect::HELP,
        }
    }
}

/// How to print reports.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Lines for a person.
    Text,
    /// One JSON object per file per line.
    Json,
}

impl Format {
    /// The value of `--format`: `text` or `json` (every command that prints reads it here).
    pub fn parse(value: &str) -> Result<Format, String> {
        match value {
            "text" => Ok(Format::Text),
            "json" => Ok(Format::Json),
            _ => Err(format!(
                "`--format` is `text` or `json`, not `{}`",
                super::output::printable(value)
            )),
        }
    }

    /// `--format`'s value from the arguments, for the commands with a loop of their own.
    pub fn next(value: Option<OsString>) -> Result<Format, String> {
        match value.as_ref().map(|v| v.to_str()) {
            Some(Some(v)) => Format::parse(v),
            Some(None) => Err("`--format` is `text` or `json`".into()),
            None => Err("`--format` needs a value".into()),
        }
    }
}

/// `rcs-kit validate ...`.
pub struct Validate {
    /// Output format.
    pub format: Format,
    /// Validator options (strictness, kind, clock).
    pub options: Options,
    /// Files to check, in order.
    pub inputs: Vec<Input>,
}

/// A wrong command line: what is wrong, and the usage to show under it.
pub struct UsageError {
    /// One line, without the `rcs-kit: ` prefix.
    pub message: String,
    /// The short usage, ending with a newline.
    pub usage: &'static str,
}

const MAIN_USAGE: &str = "\
Usage: rcs-kit validate [--format text|json] [--strict] [--advice] [--market M] [--kind KIND] [--now DATE-TIME] FILE...
       rcs-kit schema [--kind KIND]
       rcs-kit billing [--market auto|global|us|in] FILE
       rcs-kit features [--format text|json] FILE
       rcs-kit template [--format text|json] [--strict] FILE
       rcs-kit render [--out DIR] [--max-messages N] TEMPLATE AUDIENCE
       rcs-kit migrate [--sender NAME] FILE
       rcs-kit convert --to messages-api|rcs FILE
       rcs-kit inspect-webhook FILE
       rcs-kit help | --help | --version
Try `rcs-kit --help` for more information.
";

const SCHEMA_USAGE: &str = "\
Usage: rcs-kit schema [--kind KIND]
Prints the JSON Schema (draft 2020-12) of a body: KIND is request (the send request,
default), events, capability-query, capability-notify, messages-api or
messages-api-events.
";

const VALIDATE_USAGE: &str = "\
Usage: rcs-kit validate [--format text|json] [--strict] [--advice] [--market M] [--kind KIND] [--now DATE-TIME] FILE...
Try `rcs-kit validate --help` for more information.
";

const MAIN_HELP: &str = concat!(
    "rcs-kit ",
    env!("CARGO_PKG_VERSION"),
    "\n",
    "Checks request bodies for Infobip's RCS API (POST /rcs/2/messages, POST /rcs/1/events,
POST /rcs/2/capability-check/query and /notify) and reports every problem, each located
by a JSON pointer into the body.

Usage:
  rcs-kit validate [OPTIONS] FILE...   Check JSON request bodies (`-` reads standard input)
  rcs-kit schema [--kind KIND]         Print the JSON Schema (draft 2020-12) of a body
  rcs-kit billing [--market M] FILE    Predict each message's billing type (trafficType)
                                       and its failover SMS parts
  rcs-kit features [--format F] FILE   The device features each message needs
                                       (RICHCARD_STANDALONE, ACTION_DIAL, ...)
  rcs-kit template [--format F] FILE   Check a message template with {{variables}}:
                                       the sample, the worst case, the room left
  rcs-kit render TEMPLATE AUDIENCE     Render a template for a CSV or JSONL audience
                                       into valid bulk requests; failing rows listed
  rcs-kit migrate [--sender NAME] FILE Convert a legacy /ott/rcs/1/message body to a
                                       /rcs/2/messages request
  rcs-kit convert --to messages-api|rcs FILE
                                       Convert between /rcs/2/messages and the
                                       Messages API, noting what is lost
  rcs-kit inspect-webhook FILE         Detect, check and summarize an inbound webhook
                                       body (MO message, delivery report, ...)
  rcs-kit help [COMMAND]               Show this help, or the help of a command
  rcs-kit --version                    Show the version

Run `rcs-kit validate --help` for the options and the exit status.
"
);

const VALIDATE_HELP: &str = "\
Usage: rcs-kit validate [OPTIONS] FILE...

Checks each FILE, a JSON request body (`-` reads standard input), against Infobip's
RCS API and reports every problem: where (a JSON pointer such as
/messages/0/content/suggestions/3/text, or (root) for the whole body), what is wrong,
and a stable code in brackets. Errors make the API reject the request or do something
else than asked; warnings do not make a file invalid.

Options:
  --format text|json     text (default): one line per problem, then a summary line per
                         file. json: one object per file per line,
                         {\"valid\": bool, \"issues\": [{\"severity\", \"code\", \"path\",
                         \"message\", \"limit\"?, \"actual\"?}]}, with \"file\" when several
                         files are given and \"truncated\": true past 1,000 issues.
  --advice               Also advise on what is not an API rule: how iPhones and
                         Android notifications render the message (card heights,
                         still GIFs, links, codes, horizontal cards, suggestions),
                         the SMS failover text (over 4 parts, links of the RCS
                         message left out), and India's rules for messages to India.
  --market auto|global|us|in
                         Where the messages go, for the regional advice. auto (the
                         default): India's rules for each message with a +91
                         destination; in: for every message; global, us: for none.
  --strict               Report unknown fields and platform-rendering problems as
                         errors instead of warnings.
  --kind KIND            The body's endpoint: request = POST /rcs/2/messages,
                         events = POST /rcs/1/events, capability-query and
                         capability-notify = POST /rcs/2/capability-check/query and
                         /notify, messages-api = POST /messages-api/1/messages
                         (channel RCS), messages-api-events = POST
                         /messages-api/1/events. Default, from the body's top-level
                         members: events with \"events\" (messages-api-events when an
                         event has \"channel\" or \"event\"); messages-api when a message has
                         \"channel\" or \"content.body\"; with \"phoneNumbers\",
                         capability-notify when it has \"notifyUrl\" or
                         \"notifyContentType\", capability-query otherwise; request
                         for anything else.
  --now DATE-TIME        The current time for the date rules (in the future, at most
                         180 days ahead), e.g. 2030-01-01T00:00:00Z or
                         2030-01-01T00:00:00.000+0000. Default: the system clock.
  -h, --help             Show this help.

Exit status:
  0  every file is valid (warnings allowed)
  1  some file is invalid
  2  a file could not be read, the output could not be written, or the command line
     is wrong

Bodies over 10 MB (the API's request limit) are reported as invalid without being read
in full.
";

fn usage(message: String, usage: &'static str) -> UsageError {
    UsageError { message, usage }
}

/// Parses the arguments after the program name.
pub fn parse(argv: Vec<OsString>) -> Result<Command, UsageError> {
    let mut it = argv.into_iter();
    let Some(first) = it.next() else {
        return Err(usage("no command given".into(), MAIN_USAGE));
    };
    let Some(first) = first.to_str() else {
        return Err(usage(
            format!("unknown command {}", quote_os(&first)),
            MAIN_USAGE,
        ));
    };
    match first {
        "validate" => parse_validate(it),
        "schema" => parse_schema(it),
        "billing" => super::billing::parse(it),
        "features" => super::features::parse(it),
        "template" => super::template::parse(it),
        "render" => super::render::parse(it),
        "migrate" => super::migrate::parse(it),
        "convert" => super::convert::parse(it),
        "inspect-webhook" => super::inspect::parse(it),
        "help" | "--help" | "-h" => match it.next() {
            None => Ok(Command::Help(Help::Main)),
            Some(topic) if topic == "validate" => Ok(Command::Help(Help::Validate)),
            Some(topic) if topic == "migrate" => Ok(Command::Help(Help::Migrate)),
            Some(topic) if topic == "inspect-webhook" => Ok(Command::Help(Help::InspectWebhook)),
            Some(topic) => Err(usage(
                format!(
                    "no help for {}: the commands are `validate`, `migrate` and `inspect-webhook`",
                    quote_os(&topic)
                ),
                MAIN_USAGE,
            )),
        },
        "--version" | "-V" | "version" => Ok(Command::Version),
        s if s.starts_with('-') => Err(usage(format!("unknown option `{s}`"), MAIN_USAGE)),
        s => Err(usage(
            format!("unknown command `{s}`: the commands are `validate`, `schema`, `billing`, `features`, `template`, `render`, `migrate`, `convert` and `inspect-webhook`"),
            MAIN_USAGE,
        )),
    }
}

fn parse_schema(it: impl Iterator<Item = OsString>) -> Result<Command, UsageError> {
    let args: Vec<String> = it.map(|a| a.to_string_lossy().into_owned()).collect();
    let err = |m: String| Err(usage(m, SCHEMA_USAGE));
    match args
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        [] => Ok(Command::Schema(Kind::Request)),
        ["-h" | "--help"] => err("prints a JSON Schema".into()),
        ["--kind", name] => match Kind::from_name(name) {
            Some(kind) => Ok(Command::Schema(kind)),
            None => err(format!("`--kind` is {}, not `{name}`", Kind::names())),
        },
        [one] if one.starts_with("--kind=") => {
            let name = one.trim_start_matches("--kind=");
            match Kind::from_name(name) {
                Some(kind) => Ok(Command::Schema(kind)),
                None => err(format!("`--kind` is {}, not `{name}`", Kind::names())),
            }
        }
        [other, ..] => err(format!("unexpected argument `{other}`")),
    }
}

fn parse_validate(mut it: impl Iterator<Item = OsString>) -> Result<Command, UsageError> {
    let err = |message: String| Err(usage(message, VALIDATE_USAGE));
    let mut format = Format::Text;
    let mut strict = false;
    let mut advice = false;
    let mut kind = None;
    let mut market = None;
    let mut now = None;
    let mut inputs = Vec::new();
    let mut only_files = false;
    while let Some(arg) = it.next() {
        let flag = match arg.to_str() {
            Some(s) if !only_files && s.starts_with('-') && s != "-" => s,
            _ => {
                inputs.push(Input::from_arg(arg));
                continue;
            }
        };
        match flag {
            "--" => {
                only_files = true;
                continue;
            }
            "-h" | "--help" => return Ok(Command::Help(Help::Validate)),
            "--strict" => {
                strict = true;
                continue;
            }
            "--advice" => {
                advice = true;
                continue;
            }
            _ => {}
        }
        let (name, inline) = match flag.split_once('=') {
            Some((name, value)) => (name, Some(value.to_owned())),
            None => (flag, None),
        };
        if !matches!(name, "--format" | "--kind" | "--now" | "--market") {
            return if name == "--strict" || name == "--advice" {
                err(format!("`{name}` takes no value"))
            } else {
                err(format!("unknown option `{name}`"))
            };
        }
        let value = match inline {
            Some(v) => v,
            None => match it.next() {
                None => return err(format!("`{name}` needs a value")),
                Some(v) => match v.into_string() {
                    Ok(v) => v,
                    Err(v) => return err(format!("`{name}`: {} is not UTF-8", quote_os(&v))),
                },
            },
        };
        match name {
            "--format" => {
                format = match Format::parse(&value) {
                    Ok(f) => f,
                    Err(why) => return err(why),
                };
            }
            "--kind" => {
                kind = Some(match Kind::from_name(&value) {
                    Some(k) => k,
                    None => return err(format!("`--kind` is {}, not `{value}`", Kind::names())),
                });
            }
            "--market" => match super::billing::parse_market(&value) {
                Ok(m) => market = m,
                Err(why) => return err(why),
            },
            _ => match parse_date_time(&value) {
                Ok(ms) => now = Some(ms),
                Err(why) => return err(format!("`--now`: {why}")),
            },
        }
    }
    if inputs.is_empty() {
        return err("no FILE given (use `-` to read standard input)".into());
    }
    let clock = Options::default();
    Ok(Command::Validate(Validate {
        format,
        options: Options {
            strict,
            advice,
            kind,
            market,
            now: now.or(clock.now),
            ..clock
        },
        inputs,
    }))
}

/// An argument in backquotes, lossily decoded and with control characters escaped.
fn quote_os(s: &OsString) -> String {
    format!("`{}`", super::output::printable(&s.to_string_lossy()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(a: &[&str]) -> Vec<OsString> {
        a.iter().map(OsString::from).collect()
    }

    fn validate(a: &[&str]) -> Validate {
        match parse(args(a)) {
            Ok(Command::Validate(v)) => v,
            _ => panic!("not a validate command: {a:?}"),
        }
    }

    fn error(a: &[&str]) -> String {
        match parse(args(a)) {
            Err(e) => e.message,
            Ok(_) => panic!("accepted: {a:?}"),
        }
    }

    #[test]
    fn flags_in_any_order_with_inline_values() {
        let v = validate(&[
            "validate",
            "a.json",
            "--format=json",
            "--strict",
            "--kind",
            "events",
            "--now",
            "1970-01-01T00:00:01Z",
            "-",
            "--",
            "--strict",
        ]);
        assert!(v.format == Format::Json);
        assert!(v.options.strict);
        assert_eq!(v.options.kind, Some(Kind::Events));
        assert_eq!(v.options.now, Some(1000));
        let names: Vec<String> = v.inputs.iter().map(Input::display).collect();
        assert_eq!(names, ["a.json", "<stdin>", "--strict"]);
    }

    #[test]
    fn defaults() {
        let v = validate(&["validate", "x"]);
        assert!(v.format == Format::Text);
        assert!(!v.options.strict);
        assert_eq!(v.options.kind, None);
        assert_eq!(v.options.market, None);
        assert!(v.options.now.is_some());
        let v = validate(&["validate", "x", "--market", "IN"]);
        assert_eq!(v.options.market, Some(rcs_kit::billing::Market::India));
        let v = validate(&["validate", "x", "--market=auto"]);
        assert_eq!(v.options.market, None);
    }

    #[test]
    fn usage_errors() {
        assert!(error(&[]).contains("no command"));
        assert!(error(&["frobnicate"]).contains("unknown command"));
        assert!(error(&["--bogus"]).contains("unknown option"));
        assert!(error(&["validate"]).contains("no FILE"));
        assert!(error(&["validate", "--bogus", "x"]).contains("`--bogus`"));
        assert!(error(&["validate", "-x", "x"]).contains("`-x`"));
        assert!(error(&["validate", "x", "--format"]).contains("needs a value"));
        assert!(error(&["validate", "x", "--format", "xml"]).contains("`xml`"));
        assert!(error(&["validate", "x", "--kind=message"]).contains("`message`"));
        assert!(error(&["validate", "x", "--strict=yes"]).contains("no value"));
        assert!(error(&["validate", "x", "--now", "tomorrow"]).contains("not a date-time"));
        assert!(error(&["validate", "x", "--market", "fr"]).contains("auto, global, us or in"));
        assert!(error(&["help", "nope"]).contains("no help"));
    }

    #[test]
    fn help_and_version() {
        assert!(matches!(
            parse(args(&["--help"])),
            Ok(Command::Help(Help::Main))
        ));
        assert!(matches!(
            parse(args(&["help"])),
            Ok(Command::Help(Help::Main))
        ));
        assert!(matches!(
            parse(args(&["help", "validate"])),
            Ok(Command::Help(Help::Validate))
        ));
        assert!(matches!(
            parse(args(&["validate", "x", "--help"])),
            Ok(Command::Help(Help::Validate))
        ));
        assert!(matches!(parse(args(&["--version"])), Ok(Command::Version)));
    }
}

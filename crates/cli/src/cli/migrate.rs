//! `rcs-kit migrate`: a legacy `/ott/rcs/1/message` body to a `/rcs/2/messages` request.

use super::args::{Command, Help, UsageError};
use super::input::{self, Input};
use super::output::printable;
use super::{print_stdout, stderr, EXIT_INVALID};
use rcs_kit::legacy::{migrate_with, MigrateOptions};
use rcs_kit::Options;
use std::ffi::OsString;

/// `rcs-kit migrate [--sender NAME] FILE`.
pub struct Migrate {
    /// The sender of messages without `from`.
    pub sender: Option<String>,
    /// The legacy body.
    pub input: Input,
}

/// The short usage, ending with a newline.
pub const USAGE: &str = "\
Usage: rcs-kit migrate [--sender NAME] FILE
Try `rcs-kit migrate --help` for more information.
";

/// `rcs-kit migrate --help`.
pub const HELP: &str = "\
Usage: rcs-kit migrate [--sender NAME] FILE

Converts FILE (`-` reads standard input), a body of the legacy API
(POST /ott/rcs/1/message, or POST /ott/rcs/1/message/bulk: {\"messages\": [...]}),
to a POST /rcs/2/messages request, and validates the request as `rcs-kit validate`
does.

The request goes to standard output, indented. Standard error gets the mapping
notes, one per line, `path: message`, the path a JSON pointer into the legacy body:
whatever has no v2 equivalent (left out of the request, never dropped silently) and
what the v2 API does differently (a validity over 48 hours is set to 48 hours).

Mapping: from -> sender; to, messageId -> destinations[0]; validityPeriod +
validityPeriodTimeUnit -> options.validityPeriod (DAYS become HOURS); smsFailover
{from, text, validityPeriod, validityPeriodTimeUnit} -> options.smsFailover {sender,
text, validityPeriod}; notifyUrl -> webhooks.delivery.url; notifyContentType ->
webhooks.contentType; callbackData -> webhooks.callbackData; content (or the
pre-2020 `message`) -> content.

Options:
  --sender NAME  The sender of messages without `from` (the legacy API used the
                 account's default sender; /rcs/2/messages requires one).
  -h, --help     Show this help.

Exit status:
  0  migrated: the request is on standard output and is valid (warnings allowed)
  1  FILE is not a legacy body, or the migrated request is invalid: its problems go
     to standard error (paths into the v2 request) and nothing to standard output
  2  FILE could not be read, the output could not be written, or the command line
     is wrong
";

/// Parses the arguments after `migrate`.
pub fn parse(mut it: impl Iterator<Item = OsString>) -> Result<Command, UsageError> {
    let err = |message: String| {
        Err(UsageError {
            message,
            usage: USAGE,
        })
    };
    let mut sender = None;
    let mut inputs = Vec::new();
    let mut only_files = false;
    while let Some(arg) = it.next() {
        let flag = match arg.to_str() {
            Some(s) if !only_files && s.starts_with('-') && s != "-" => s.to_owned(),
            _ => {
                inputs.push(Input::from_arg(arg));
                continue;
            }
        };
        match flag.as_str() {
            "--" => only_files = true,
            "-h" | "--help" => return Ok(Command::Help(Help::Migrate)),
            "--sender" => match it.next().map(OsString::into_string) {
                None => return err("`--sender` needs a value".into()),
                Some(Ok(v)) => sender = Some(v),
                Some(Err(_)) => return err("`--sender`: the value is not UTF-8".into()),
            },
            s => match s.strip_prefix("--sender=") {
                Some(v) => sender = Some(v.to_owned()),
                None => return err(format!("unknown option `{}`", printable(s))),
            },
        }
    }
    if sender.as_deref() == Some("") {
        return err("`--sender` cannot be empty".into());
    }
    match input::single(inputs) {
        Ok(input) => Ok(Command::Migrate(Migrate { sender, input })),
        Err(why) => err(why),
    }
}

/// Runs `rcs-kit migrate`; returns the exit status.
pub fn run(m: &Migrate) -> u8 {
    let name = printable(&m.input.display());
    let bytes = match input::read_one(&m.input, |name, report| {
        format!(
            "rcs-kit: {name}: not migrated\n{}\n",
            printable(report.to_string().trim_end())
        )
    }) {
        Ok(bytes) => bytes,
        Err(status) => return status,
    };
    let Ok(text) = std::str::from_utf8(&bytes) else {
        stderr(&format!(
            "rcs-kit: {name} is not UTF-8 text: not a legacy body\n"
        ));
        return EXIT_INVALID;
    };
    let opts = MigrateOptions {
        sender: m.sender.clone(),
    };
    let migration = migrate_with(text, &opts);
    let mut notes = String::new();
    for n in &migration.notes {
        notes.push_str(&printable(&n.to_string()));
        notes.push('\n');
    }
    let (Some(report), Some(json)) = (
        migration.validate(&Options::default()),
        migration.to_pretty(),
    ) else {
        stderr(&format!(
            "{notes}rcs-kit: {name} is not a legacy /ott/rcs/1/message body: nothing migrated\n"
        ));
        return EXIT_INVALID;
    };
    let mut issues = String::new();
    for i in report.issues() {
        issues.push_str(&printable(&i.to_string()));
        issues.push('\n');
    }
    if !report.is_valid() {
        stderr(&format!(
            "{notes}rcs-kit: the request migrated from {name} is invalid (paths into the v2 request):\n{issues}"
        ));
        return EXIT_INVALID;
    }
    if !issues.is_empty() {
        notes.push_str(&format!(
            "rcs-kit: the request is valid, with warnings (paths into the v2 request):\n{issues}"
        ));
    }
    stderr(&notes);
    print_stdout(&format!("{json}\n"))
}

#[cfg(test)]
mod tests {
    use super::super::args::parse as parse_all;
    use super::*;

    fn args(a: &[&str]) -> Vec<OsString> {
        a.iter().map(OsString::from).collect()
    }

    fn error(a: &[&str]) -> String {
        match parse_all(args(a)) {
            Err(e) => e.message,
            Ok(_) => panic!("accepted: {a:?}"),
        }
    }

    #[test]
    fn parses_sender_and_one_file() {
        for a in [
            &["migrate", "--sender", "Demo", "x.json"][..],
            &["migrate", "x.json", "--sender=Demo"][..],
        ] {
            match parse_all(args(a)) {
                Ok(Command::Migrate(m)) => {
                    assert_eq!(m.sender.as_deref(), Some("Demo"));
                    assert_eq!(m.input.display(), "x.json");
                }
                _ => panic!("not a migrate command: {a:?}"),
            }
        }
        match parse_all(args(&["migrate", "--", "-"])) {
            Ok(Command::Migrate(m)) => assert!(m.sender.is_none()),
            _ => panic!("`--` then `-`"),
        }
    }

    #[test]
    fn usage_errors() {
        assert!(error(&["migrate"]).contains("no FILE"));
        assert!(error(&["migrate", "a", "b"]).contains("one FILE"));
        assert!(error(&["migrate", "a", "--sender"]).contains("needs a value"));
        assert!(error(&["migrate", "a", "--sender="]).contains("cannot be empty"));
        assert!(error(&["migrate", "a", "--strict"]).contains("`--strict`"));
    }

    #[test]
    fn help() {
        assert!(matches!(
            parse_all(args(&["migrate", "--help"])),
            Ok(Command::Help(Help::Migrate))
        ));
        assert!(matches!(
            parse_all(args(&["help", "migrate"])),
            Ok(Command::Help(Help::Migrate))
        ));
    }
}

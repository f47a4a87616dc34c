//! `rcs-kit features`: the device features each message of a send request needs, as
//! Google RBM's capability API names them.

use super::args::{Command, Format, UsageError};
use super::input::{self, Input};
use super::output::printable;
use super::{print_stdout, stderr, EXIT_INVALID};
use rcs_kit::features::required_features_doc;
use rcs_kit::json::Doc;
use std::ffi::OsString;

/// The short usage, ending with a newline.
pub const USAGE: &str = "\
Usage: rcs-kit features [--format text|json] FILE
Prints the device features each message of a send request needs, named as Google RBM's
capability API names them (RICHCARD_STANDALONE, ACTION_DIAL, ...), each with the JSON
pointer that needs it. A device without one of them cannot receive the message: Google
answers 400 and does not deliver it.
";

/// `rcs-kit features [--format F] FILE`.
pub struct Features {
    /// JSON output instead of text.
    pub json: bool,
    /// The body.
    pub input: Input,
}

/// Parses the arguments after `features`.
pub fn parse(it: impl Iterator<Item = OsString>) -> Result<Command, UsageError> {
    let err = |message: String| {
        Err(UsageError {
            message,
            usage: USAGE,
        })
    };
    let mut json = false;
    let mut inputs = Vec::new();
    let mut it = it.peekable();
    while let Some(arg) = it.next() {
        match arg.to_str() {
            Some("-h" | "--help") => return err("prints the device features of a message".into()),
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
        Ok(input) => Ok(Command::Features(Features { json, input })),
        Err(why) => err(why),
    }
}

/// Runs `rcs-kit features`; returns the exit status (0, or 1 when the file is not a
/// JSON body with messages).
pub fn run(f: &Features) -> u8 {
    let name = printable(&f.input.display());
    let bytes = match input::read_one(&f.input, |name, _| {
        format!("rcs-kit: {name} is over the API's 10 MB request limit\n")
    }) {
        Ok(bytes) => bytes,
        Err(status) => return status,
    };
    let doc = match std::str::from_utf8(&bytes)
        .map_err(|_| "not UTF-8".to_string())
        .and_then(|t| Doc::parse(t).map_err(|e| e.to_string()))
    {
        Ok(doc) => doc,
        Err(why) => {
            stderr(&format!(
                "rcs-kit: {name} is not a JSON request body: {why}\n"
            ));
            return EXIT_INVALID;
        }
    };
    let messages = required_features_doc(&doc);
    if messages.is_empty() {
        stderr(&format!("rcs-kit: {name} has no messages\n"));
        return EXIT_INVALID;
    }
    let mut out = String::new();
    if f.json {
        let list: Vec<serde_json::Value> = messages
            .iter()
            .map(|m| {
                serde_json::json!({
                    "message": m.message,
                    "features": m.features().iter().map(|x| x.name()).collect::<Vec<_>>(),
                    "needs": m.needs.iter().map(|n| serde_json::json!({"feature": n.feature.name(), "path": n.path})).collect::<Vec<_>>(),
                })
            })
            .collect();
        out.push_str(&serde_json::Value::Array(list).to_string());
        out.push('\n');
    } else {
        for m in &messages {
            let features = m.features();
            if features.is_empty() {
                out.push_str(&format!(
                    "/messages/{}: no device feature beyond RCS itself\n",
                    m.message
                ));
                continue;
            }
            let names: Vec<&str> = features.iter().map(|x| x.name()).collect();
            out.push_str(&format!("/messages/{}: {}\n", m.message, names.join(", ")));
            for n in &m.needs {
                out.push_str(&format!("  {}: {}\n", n.path, n.feature.name()));
            }
        }
    }
    print_stdout(&out)
}

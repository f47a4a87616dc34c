//! `rcs-kit billing`: the predicted billing type of each message, and the SMS parts of
//! its failover text.

use super::args::{Command, UsageError};
use super::input::{self, Input};
use super::output::printable;
use super::{print_stdout, stderr, EXIT_INVALID};
use rcs_kit::billing::{market_of_message, predict_message, Market};
use rcs_kit::json::Doc;
use std::ffi::OsString;

/// The short usage, ending with a newline.
pub const USAGE: &str = "\
Usage: rcs-kit billing [--market auto|global|us|in] FILE
Prints the billing type (trafficType) the API will report for each message of a send
request, with the reason, and the SMS parts of each failover text. --market auto (the
default) uses the US model when every destination of a message is a +1 number; India
(every destination a +91 number, or --market in) is billed by the global model.
";

/// `rcs-kit billing [--market M] FILE`.
pub struct Billing {
    /// `None` for auto.
    pub market: Option<Market>,
    /// The body.
    pub input: Input,
}

/// Parses the arguments after `billing`.
pub fn parse(it: impl Iterator<Item = OsString>) -> Result<Command, UsageError> {
    let err = |message: String| {
        Err(UsageError {
            message,
            usage: USAGE,
        })
    };
    let mut market = None;
    let mut inputs = Vec::new();
    let mut it = it.peekable();
    while let Some(arg) = it.next() {
        match arg.to_str() {
            Some("-h" | "--help") => return err("prints billing predictions".into()),
            Some("--market") => match it.next().as_ref().and_then(|m| m.to_str()) {
                Some(name) => match parse_market(name) {
                    Ok(m) => market = m,
                    Err(why) => return err(why),
                },
                None => return err("`--market` needs a value".into()),
            },
            Some(s) if s.starts_with('-') && s != "-" => {
                return err(format!("unknown option `{}`", printable(s)))
            }
            _ => inputs.push(Input::from_arg(arg)),
        }
    }
    match input::single(inputs) {
        Ok(input) => Ok(Command::Billing(Billing { market, input })),
        Err(why) => err(why),
    }
}

/// A `--market` value (any case): `auto` is `None`.
pub fn parse_market(name: &str) -> Result<Option<Market>, String> {
    if name.eq_ignore_ascii_case("auto") {
        return Ok(None);
    }
    Market::parse(name).map(Some).ok_or_else(|| {
        format!(
            "`--market` is auto, global, us or in, not `{}`",
            printable(name)
        )
    })
}

/// Runs `rcs-kit billing`; returns the exit status.
pub fn run(b: &Billing) -> u8 {
    let name = printable(&b.input.display());
    let bytes = match input::read_one(&b.input, |name, _| {
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
    let mut out = String::new();
    let messages: Vec<_> = doc
        .get(doc.root(), "messages")
        .map(|m| doc.children(m).collect())
        .unwrap_or_default();
    if messages.is_empty() {
        stderr(&format!("rcs-kit: {name} has no messages\n"));
        return EXIT_INVALID;
    }
    for (i, m) in messages.into_iter().enumerate() {
        let market = b.market.unwrap_or_else(|| market_of_message(&doc, m));
        let p = predict_message(&doc, m, market);
        let kind = match (p.traffic_type, p.segments) {
            (Some(t), Some(n)) => format!("{t}, {n} segment{}", if n == 1 { "" } else { "s" }),
            (Some(t), None) => t.to_string(),
            (None, _) => "not predicted".to_string(),
        };
        let model = match market {
            Market::Us => "US",
            Market::Global => "global",
            Market::India => "India, global",
        };
        out.push_str(&format!(
            "/messages/{i}: {kind} ({model} model): {}\n",
            printable(&p.reason)
        ));
        let failover = doc
            .get(m, "options")
            .and_then(|o| doc.get(o, "smsFailover"))
            .and_then(|f| doc.get(f, "text"))
            .and_then(|t| doc.str(t));
        if let Some(text) = failover {
            let c = rcs_kit::sms::count(&text);
            out.push_str(&format!(
                "/messages/{i}/options/smsFailover/text: {} SMS part{} ({}, {} units, {} per part)\n",
                c.parts,
                if c.parts == 1 { "" } else { "s" },
                c.encoding.name(),
                c.units,
                c.per_part
            ));
        }
    }
    print_stdout(&out)
}

//! The converter between the RCS API and the Messages API (`rcs_kit::convert`, issue 19):
//! a body of either API, as JSON text from the fuzzer (first byte even) or generated from
//! the schema tables (odd), converted both ways.
//!
//! Invariants: no panic; every note is located by a JSON pointer into the input it was
//! made from (or at a member missing from it), with a code and a message; the output is a request object whenever the
//! input is one; the output converted back does not panic either, and keeps its notes
//! located in that output; a body valid under its own profile converts to one that the
//! other profile reads without a parse error.

use crate::decode::{check_report, value};
use arbitrary::{Arbitrary, Result, Unstructured};
use rcs_kit::convert::{from_messages_api, to_messages_api, Conversion};
use rcs_kit::schema::{self, Type};
use rcs_kit::{validate_value, Kind, Options};
use serde_json::Value;

const NOW: i64 = 1_798_761_600_000;

/// Runs one input.
pub fn check_convert(data: &[u8]) -> Result<()> {
    let Some((mode, rest)) = data.split_first() else {
        return Ok(());
    };
    let (input, messages_api) = if mode % 2 == 0 {
        let Ok(v) = serde_json::from_slice::<Value>(rest) else {
            return Ok(());
        };
        let api = v
            .pointer("/messages/0/channel")
            .or_else(|| v.pointer("/messages/0/content/body"))
            .is_some();
        (v, api)
    } else {
        let mut u = Unstructured::new(rest);
        let api = bool::arbitrary(&mut u)?;
        let root: &'static Type = if api {
            &MESSAGES_API_ROOT
        } else {
            &REQUEST_ROOT
        };
        (value(&mut u, root, 0)?, api)
    };
    let (there, to_kind, back): (Conversion, Kind, fn(&Value) -> Conversion) = if messages_api {
        (from_messages_api(&input), Kind::Request, to_messages_api)
    } else {
        (
            to_messages_api(&input),
            Kind::MessagesApi,
            from_messages_api,
        )
    };
    notes_located(&there, &input);
    assert_eq!(there.output.is_some(), input.is_object());
    if let Some(out) = &there.output {
        assert!(out.is_object());
        let again = back(out);
        notes_located(&again, out);
        let report = validate_value(
            out,
            &Options {
                kind: Some(to_kind),
                ..Options::at(NOW)
            },
        );
        check_report(&report);
    }
    Ok(())
}

static MESSAGES_API_ROOT: Type = Type::Object(&schema::messages_api::REQUEST);
static REQUEST_ROOT: Type = Type::Object(&schema::request::REQUEST);

/// Every note has a code and a message, and its pointer is in `input`, or names a member
/// missing from it: then the object it would be in, or that object's parent (a note on
/// `file/url` when the card has no `file`), is in `input`.
fn notes_located(c: &Conversion, input: &Value) {
    for n in &c.notes {
        assert!(!n.code.is_empty() && !n.message.is_empty());
        let mut path = n.path.as_str();
        let mut found = false;
        for _ in 0..3 {
            if path.is_empty() || input.pointer(path).is_some() {
                found = true;
                break;
            }
            path = path.rsplit_once('/').map_or("", |(parent, _)| parent);
        }
        assert!(found, "{} points at nothing: {}", n.code, n.path);
    }
}

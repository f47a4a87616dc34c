//! The typed model is lossless and matches the schema tables.
//!
//! 1. Every valid body of the generated corpus (`rcs_kit_corpus`, the one the benchmarks
//!    run on) and the large carousel survive `from_str::<SendRequest>` + `to_value`
//!    unchanged, and nothing of them lands in an `extra` map (every member has a typed
//!    field): `corpus.rs`.
//! 2. Hand-written bodies covering every content type, suggestion type, option and event
//!    type round-trip too: `hand_written.rs`.
//! 3. Values built with the constructors have the expected JSON shape, and 4. unknown
//!    members survive a round trip: `shapes.rs`.
//! 5. The model's JSON names, required fields and enum values are those of
//!    `rcs_kit::schema`: `model_vs_schema.rs`.
//!
//! Where `extra` maps hide in the model: `extras.rs`.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

mod corpus;
mod extras;
mod hand_written;
mod model_vs_schema;
mod shapes;

use extras::extras;
use rcs_kit::model::*;
use rcs_kit::schema::{self, Object, Type};
use rcs_kit::Options;
use serde_json::{json, Value};
use std::collections::BTreeSet;

/// The corpus README fixes "now" for its time rules: 2027-01-01T00:00:00Z.
fn corpus_now() -> Options {
    Options::at(rcs_kit::validate::parse_date_time("2027-01-01T00:00:00Z").unwrap())
}

/// The first place where two JSON values differ, as a JSON pointer.
fn first_difference(a: &Value, b: &Value, path: &str) -> Option<String> {
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => {
            let keys: BTreeSet<&String> = x.keys().chain(y.keys()).collect();
            keys.into_iter().find_map(|k| match (x.get(k), y.get(k)) {
                (Some(p), Some(q)) => first_difference(p, q, &format!("{path}/{k}")),
                _ => Some(format!("{path}/{k} (present on one side only)")),
            })
        }
        (Value::Array(x), Value::Array(y)) if x.len() == y.len() => x
            .iter()
            .zip(y)
            .enumerate()
            .find_map(|(i, (p, q))| first_difference(p, q, &format!("{path}/{i}"))),
        _ if a == b => None,
        _ => Some(format!("{path}: {a} != {b}")),
    }
}

/// Parses `body` as a [`SendRequest`] and checks it serializes back to the same value.
fn round_trip(body: &str) -> Result<SendRequest, String> {
    let original: Value = serde_json::from_str(body).map_err(|e| format!("not JSON: {e}"))?;
    let typed: SendRequest =
        serde_json::from_str(body).map_err(|e| format!("does not deserialize: {e}"))?;
    let back = serde_json::to_value(&typed).map_err(|e| format!("does not serialize: {e}"))?;
    match first_difference(&original, &back, "") {
        None => Ok(typed),
        Some(d) => Err(format!("changed by the round trip at {d}")),
    }
}

fn events_round_trip(body: &str) -> EventsRequest {
    let original: Value = serde_json::from_str(body).unwrap();
    let typed: EventsRequest = serde_json::from_str(body).unwrap();
    assert_eq!(serde_json::to_value(&typed).unwrap(), original);
    typed
}

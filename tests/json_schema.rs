//! The JSON Schema in `schema/` is generated from the same tables as the validator; this
//! test fails when the committed files drift (`RCS_KIT_BLESS=1` rewrites them), and a
//! property-based differential test checks it never disagrees with the validator:
//! (a) when the schema rejects a body, rcs-kit rejects it too, at a path under the
//! schema error's instance path; (b) when rcs-kit accepts a body, the schema accepts it.
#![cfg(not(target_arch = "wasm32"))]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use proptest::prelude::*;
use rcs_kit::schema::{self, Format, Object, Type};
use rcs_kit::{json_schema, validate_str, Kind, Options};
use serde_json::{json, Map, Value};
use std::path::Path;

#[test]
fn committed_template_schema_is_generated() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("schema")
        .join(json_schema::TEMPLATE_FILE);
    let fresh = json_schema::to_pretty(&json_schema::template());
    if std::env::var_os("RCS_KIT_BLESS").is_some() {
        std::fs::write(&path, &fresh).unwrap();
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == fresh,
        "schema/{} is out of date: run `RCS_KIT_BLESS=1 cargo test --test json_schema`",
        json_schema::TEMPLATE_FILE
    );
    // The envelope keeps its limits; the message's strings have their type only.
    let s: Value = serde_json::from_str(&fresh).unwrap();
    assert_eq!(
        s["$defs"]["TemplateVariable"]["properties"]["name"]["maxLength"],
        64
    );
    assert!(!fresh.contains("\"format\": \"uri\""));
}

#[test]
fn committed_schemas_are_generated() {
    for kind in Kind::ALL {
        let file = json_schema::file_name(kind);
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("schema")
            .join(file);
        let fresh = json_schema::to_pretty(&json_schema::for_kind(kind));
        if std::env::var_os("RCS_KIT_BLESS").is_some() {
            std::fs::write(&path, &fresh).unwrap();
            continue;
        }
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            committed == fresh,
            "schema/{file} is out of date: run `RCS_KIT_BLESS=1 cargo test --test json_schema`"
        );
    }
}

const NOW: i64 = 1_798_761_600_000; // 2027-01-01T00:00:00Z

fn validator(kind: Kind) -> jsonschema::Validator {
    jsonschema::options()
        .with_draft(jsonschema::Draft::Draft202012)
        .build(&json_schema::for_kind(kind))
        .unwrap()
}

// ------------------------------------------------------------- generation from the tables

/// Strings near a length limit: at it, one under, one over, or short; sometimes with
/// multi-byte characters (limits count characters, not bytes).
fn text_of(min: usize, max: usize, valid: bool) -> BoxedStrategy<String> {
    if valid {
        let hi = max.min(40).max(min.max(1));
        return (
            prop_oneof![Just(min.max(1)), Just(max.min(3000)), min.max(1)..=hi],
            prop_oneof![Just('a'), Just('é'), Just('😀'), Just('字')],
        )
            .prop_map(|(n, c)| std::iter::repeat(c).take(n).collect())
            .boxed();
    }
    let lens = prop_oneof![
        4 => Just(min.max(1)).boxed(),
        2 => Just(max.min(3000)).boxed(),
        1 => Just((max + 1).min(3001)).boxed(),
        1 => Just(min.saturating_sub(1)).boxed(),
        4 => (min.max(1)..=max.min(40).max(min.max(1))).boxed(),
    ];
    (
        lens,
        prop_oneof![Just('a'), Just('é'), Just('😀'), Just('字')],
    )
        .prop_map(|(n, c)| std::iter::repeat(c).take(n).collect())
        .boxed()
}

fn string_for(s: &schema::Str, valid: bool) -> BoxedStrategy<Value> {
    let bad = if valid { 0 } else { 1 };
    match s.format {
        Format::HttpUrl { .. } => prop_oneof![
            8 => "[a-z]{1,12}".prop_map(|p| json!(format!("https://example.com/{p}.mp4"))),
            bad => Just(json!("ftp://example.com/a")),
            bad => Just(json!("https://example.com/a b")),
        ]
        .boxed(),
        Format::Phone(_) => prop_oneof![
            8 => "\\+?[0-9]{5,15}".prop_map(Value::String),
            bad => "[0-9]{16}".prop_map(Value::String),
            bad => Just(json!("call-me")),
        ]
        .boxed(),
        Format::DateTime(_) => prop_oneof![
            8 => (0u32..12, 1u32..28, 0u32..23).prop_map(|(m, d, h)| json!(format!("2030-{:02}-{:02}T{:02}:00:00.000+0000", m + 1, d, h))),
            bad => Just(json!("2030-02-30T10:00:00Z")),
            bad => Just(json!("tomorrow")),
        ]
        .boxed(),
        Format::Any => match s.len {
            Some(l) => text_of(l.min as usize, l.max.min(5000) as usize, valid).prop_map(Value::String).boxed(),
            None => "[a-zA-Z0-9 ]{1,20}".prop_map(Value::String).boxed(),
        },
    }
}

fn number_for(
    l: Option<&rcs_kit::limits::Limit>,
    integer: bool,
    valid: bool,
) -> BoxedStrategy<Value> {
    let (min, max) = l.map_or((0, 100), |l| (l.min.max(-1000), l.max.min(1_000_000)));
    let out = if valid { 0 } else { 1 };
    let edge = prop_oneof![1 => Just(min), 1 => Just(max), out => Just(min - 1), out => Just(max + 1), 2 => min..=max];
    if integer {
        // An integral number with a fraction (`30.0`) is an integer to the API and to JSON
        // Schema (draft 6 on); `30.5` is not.
        let spelling = prop_oneof![2 => Just(0u8), 2 => Just(1u8), out => Just(2u8)];
        (edge, spelling)
            .prop_map(|(v, s)| match s {
                0 => json!(v),
                1 => json!(v as f64),
                _ => json!(v as f64 + 0.5),
            })
            .boxed()
    } else {
        (edge, prop_oneof![Just(0.0), Just(0.5), Just(0.000001)])
            .prop_map(move |(v, f)| json!(if v >= max { v as f64 } else { v as f64 + f }))
            .boxed()
    }
}

fn value_for(t: &'static Type, depth: u32, valid: bool) -> BoxedStrategy<Value> {
    let bad = if valid { 0 } else { 1 };
    match t {
        Type::Bool => any::<bool>().prop_map(Value::Bool).boxed(),
        Type::Any => prop_oneof![
            any::<bool>().prop_map(Value::Bool),
            any::<i32>().prop_map(|n| json!(n)),
            "[a-z]{0,8}".prop_map(Value::String),
        ]
        .boxed(),
        Type::Integer(l) => number_for(*l, true, valid),
        Type::Number(l) => number_for(*l, false, valid),
        Type::String(s) => string_for(s, valid),
        Type::Enum(e) => prop_oneof![
            9 => proptest::sample::select(e.values).prop_map(|v| json!(v)),
            bad => Just(json!("NOT_A_VALUE")),
        ]
        .boxed(),
        Type::Object(o) => object_for(o, None, depth, valid),
        Type::Array(a) => {
            let (min, max) = a
                .count
                .map_or((0, 3), |l| (l.min as usize, l.max.min(12) as usize));
            let len = prop_oneof![1 => Just(min.max(usize::from(valid && min == 0))), 1 => Just(max), bad => Just(max + 1), bad => Just(min.saturating_sub(1)), 2 => min..=max.min(min + 2)];
            let items = &a.items;
            len.prop_flat_map(move |n| {
                proptest::collection::vec(value_for(items, depth + 1, valid), n)
            })
            .prop_map(Value::Array)
            .boxed()
        }
        Type::Switch(w) => prop_oneof![
            object_for(w.present, None, depth, valid),
            object_for(w.absent, None, depth, valid),
        ]
        .boxed(),
        Type::Union(u) => {
            let variants: Vec<BoxedStrategy<Value>> = u
                .variants
                .iter()
                .map(|(tag, o)| object_for(o, Some(tag), depth, valid))
                .collect();
            proptest::strategy::Union::new(variants).boxed()
        }
    }
}

/// An object with every required field (sometimes one dropped) and each optional field
/// present or not; rarely an unknown field.
fn object_for(
    o: &'static Object,
    tag: Option<&'static str>,
    depth: u32,
    valid: bool,
) -> BoxedStrategy<Value> {
    let drop = if valid { 0 } else { 1 };
    let fields: Vec<BoxedStrategy<Option<(String, Value)>>> = o
        .fields
        .iter()
        .map(|f| {
            let v =
                value_for(&f.ty, depth + 1, valid).prop_map(move |v| Some((f.name.to_string(), v)));
            if f.required() {
                prop_oneof![19 => v, drop => Just(None)].boxed()
            } else if depth > 4 {
                Just(None).boxed()
            } else {
                prop_oneof![1 => v, 1 => Just(None)].boxed()
            }
        })
        .collect();
    (
        fields,
        proptest::bool::weighted(if valid { 0.0 } else { 0.05 }),
    )
        .prop_map(move |(members, unknown)| {
            let mut m = Map::new();
            if let Some(t) = tag {
                m.insert("type".into(), json!(t));
            }
            for (k, v) in members.into_iter().flatten() {
                m.insert(k, v);
            }
            if unknown {
                m.insert("colour".into(), json!("red"));
            }
            Value::Object(m)
        })
        .boxed()
}

fn pointer_under(path: &str, prefix: &str) -> bool {
    path == prefix || path.starts_with(&format!("{prefix}/"))
}

fn differential(
    kind: Kind,
    body: &Value,
    schema: &jsonschema::Validator,
) -> Result<(), TestCaseError> {
    let text = body.to_string();
    let report = validate_str(
        &text,
        &Options {
            kind: Some(kind),
            ..Options::at(NOW)
        },
    );
    let schema_errors: Vec<(String, String)> = schema
        .iter_errors(body)
        .map(|e| (e.instance_path().to_string(), e.to_string()))
        .collect();
    if report.is_valid() {
        prop_assert!(
            schema_errors.is_empty(),
            "rcs-kit accepts but the schema rejects: {schema_errors:?}\n{text}"
        );
    }
    for (at, why) in &schema_errors {
        prop_assert!(
            report.errors().any(|i| pointer_under(&i.path, at)),
            "the schema rejects at {at:?} ({why}) but rcs-kit has no error there:\n{report}\n{text}"
        );
    }
    Ok(())
}

fn cases() -> u32 {
    std::env::var("RCS_KIT_PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(3000)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), failure_persistence: None, .. ProptestConfig::default() })]

    #[test]
    fn schema_and_validator_agree_on_send_requests(body in prop_oneof![object_for(&schema::request::REQUEST, None, 0, true), object_for(&schema::request::REQUEST, None, 0, false)]) {
        thread_local!(static V: jsonschema::Validator = validator(Kind::Request));
        V.with(|v| differential(Kind::Request, &body, v))?;
    }

    #[test]
    fn schema_and_validator_agree_on_events(body in prop_oneof![object_for(&schema::events::EVENTS_REQUEST, None, 0, true), object_for(&schema::events::EVENTS_REQUEST, None, 0, false)]) {
        thread_local!(static V: jsonschema::Validator = validator(Kind::Events));
        V.with(|v| differential(Kind::Events, &body, v))?;
    }
}

/// Every shared fixture, valid or not, obeys the same two properties.
#[test]
fn schema_and_validator_agree_on_every_fixture() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let (req, ev) = (validator(Kind::Request), validator(Kind::Events));
    let mut n = 0;
    for dir in ["valid", "invalid", "warning"] {
        for e in std::fs::read_dir(root.join(dir)).unwrap() {
            let path = e.unwrap().path();
            if path.extension().and_then(|x| x.to_str()) != Some("json") {
                continue;
            }
            let Ok(text) = std::fs::read_to_string(&path) else {
                continue;
            };
            let Ok(body) = serde_json::from_str::<Value>(&text) else {
                continue;
            };
            if text.matches("\"messages\":").count() > 1
                && dir == "invalid"
                && path.to_string_lossy().contains("duplicate")
            {
                continue; // duplicate keys: serde_json keeps one, the schema cannot see them
            }
            let kind = if body.get("events").is_some() {
                Kind::Events
            } else {
                Kind::Request
            };
            let v = if kind == Kind::Events { &ev } else { &req };
            differential(kind, &body, v).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            n += 1;
        }
    }
    assert!(n > 250);
}

/// The generator's "valid" half must really produce bodies rcs-kit accepts, or (b) would
/// be tested on nothing.
#[test]
fn the_generator_produces_accepted_bodies() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;
    let mut runner = TestRunner::deterministic();
    let strategy = object_for(&schema::request::REQUEST, None, 0, true);
    let mut accepted = 0;
    for _ in 0..300 {
        let body = strategy.new_tree(&mut runner).unwrap().current();
        if validate_str(
            &body.to_string(),
            &Options {
                kind: Some(Kind::Request),
                ..Options::at(NOW)
            },
        )
        .is_valid()
        {
            accepted += 1;
        }
    }
    assert!(
        accepted >= 30,
        "only {accepted} of 300 generated bodies are valid"
    );
}

/// Integral numbers of every spelling in every integer field of a send request: rcs-kit
/// and the schema both accept them (within the field's range), and both reject `1.5`.
#[test]
fn integral_floats_are_integers_for_both() {
    let schema = validator(Kind::Request);
    let fields = [
        ("/messages/0/options/validityPeriod/amount", "1"),
        ("/messages/0/options/deliveryTimeWindow/from/hour", "0"),
        ("/messages/0/options/deliveryTimeWindow/from/minute", "0"),
        (
            "/messages/0/options/smsFailover/regional/turkeyIys/brandCode",
            "0",
        ),
        (
            "/messages/0/options/smsFailover/regional/southKorea/resellerCode",
            "0",
        ),
        ("/options/schedule/sendingSpeedLimit/amount", "1"),
    ];
    let body = |field: &str, number: &str| {
        let v = |f: &str| if f == field { number } else { "5" };
        let text = format!(
            r#"{{"messages":[{{"sender":"S","destinations":[{{"to":"441134960001"}}],"content":{{"type":"TEXT","text":"x"}},
            "options":{{"validityPeriod":{{"amount":{}}},"deliveryTimeWindow":{{"days":["MONDAY"],"from":{{"hour":{},"minute":{}}},"to":{{"hour":20,"minute":0}}}},
            "smsFailover":{{"sender":"S","text":"x","regional":{{"turkeyIys":{{"brandCode":{},"recipientType":"TACIR"}},"southKorea":{{"resellerCode":{}}}}}}}}}}}],
            "options":{{"schedule":{{"sendingSpeedLimit":{{"amount":{}}}}}}}}}"#,
            v(fields[0].0),
            v(fields[1].0),
            v(fields[2].0),
            v(fields[3].0),
            v(fields[4].0),
            v(fields[5].0)
        );
        text
    };
    let opts = Options::at(NOW);
    for (field, _) in fields {
        for number in ["30.0", "9.0", "1e2", "1.8e1", "3.0e0", "2.147483647e9"] {
            let text = body(field, number);
            let report = validate_str(&text, &opts);
            let value: Value = serde_json::from_str(&text).unwrap();
            let too_big = if field.ends_with("hour") {
                ["30.0", "1e2", "2.147483647e9"].as_slice()
            } else if field.ends_with("minute") {
                ["1e2", "2.147483647e9"].as_slice()
            } else {
                [].as_slice()
            };
            let in_range = !too_big.contains(&number);
            assert_eq!(report.is_valid(), in_range, "{field} = {number}:\n{report}");
            assert_eq!(schema.is_valid(&value), in_range, "{field} = {number}");
        }
        // -0.0 is 0: within the range of a field whose minimum is 0, below one of 1.
        let (_, min) = fields.iter().find(|(f, _)| *f == field).unwrap();
        let text = body(field, "-0.0");
        let value: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(
            validate_str(&text, &opts).is_valid(),
            *min == "0",
            "{field} = -0.0"
        );
        assert_eq!(schema.is_valid(&value), *min == "0", "{field} = -0.0");
        for number in ["1.5", "30.5", "1e-7"] {
            let text = body(field, number);
            let report = validate_str(&text, &opts);
            let issue = report.errors().find(|i| i.path == field);
            let issue = issue.unwrap_or_else(|| panic!("{field} = {number}:\n{report}"));
            assert_eq!(issue.code, "type.mismatch");
            assert!(
                issue.message.contains("would truncate"),
                "{}",
                issue.message
            );
            let value: Value = serde_json::from_str(&text).unwrap();
            assert!(!schema.is_valid(&value), "{field} = {number}");
        }
    }
}

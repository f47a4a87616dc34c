//! Turning fuzzer bytes into inputs: a JSON body generated from the schema tables, a
//! builder script, an HTTP request for the stand-in. Each `check_*` runs one input and
//! panics when an invariant breaks (the fuzzer reports that as a crash).

use arbitrary::{Arbitrary, Result, Unstructured};
use rcs_kit::schema::{self, Format, Object, Type};
use rcs_kit::{validate_bytes, validate_str, Options};
use serde_json::{json, Map, Value};

const NOW: i64 = 1_798_761_600_000;

/// Invariants of every report.
pub fn check_report(r: &rcs_kit::Report) {
    assert!(r.issues().len() <= rcs_kit::limits::MAX_ISSUES);
    if r.is_valid() {
        assert!(r.errors().next().is_none());
    } else {
        assert!(r.errors().next().is_some() || r.is_truncated());
    }
    for i in r.issues() {
        assert!(i.path.is_empty() || i.path.starts_with('/'), "{}", i.path);
        assert!(!i.code.is_empty() && !i.message.is_empty());
    }
    let json = r.to_json();
    let back: Value = serde_json::from_str(&json).expect("report JSON parses");
    assert_eq!(
        back["issues"].as_array().map(Vec::len),
        Some(r.issues().len())
    );
}

/// Arbitrary bytes as a body.
pub fn check_bytes(data: &[u8]) {
    let r = validate_bytes(data, &Options::at(NOW));
    check_report(&r);
    if r.is_valid() {
        // What rcs-kit accepts is JSON a standard parser reads too, once the UTF-8 byte
        // order mark that rcs-kit skips with a warning (as the API's Jackson does) is
        // taken off: serde_json refuses one.
        let json = data.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(data);
        assert!(
            serde_json::from_slice::<Value>(json).is_ok(),
            "accepted but not JSON"
        );
    }
    if let Ok(text) = std::str::from_utf8(data) {
        if let Ok(doc) = rcs_kit::json::Doc::parse(text) {
            let _ = doc.same(doc.root(), doc.root());
        }
    }
}

fn text(u: &mut Unstructured<'_>, min: usize, max: usize) -> Result<String> {
    let n = match u.int_in_range(0..=4u8)? {
        0 => min,
        1 => max.min(5000),
        2 => max.saturating_add(1).min(5001),
        3 => min.saturating_sub(1),
        _ => u.int_in_range(min..=max.min(64).max(min))?,
    };
    let c = *u.choose(&['a', 'é', '😀', '字', '"', '\\', '\u{0}', '\u{202e}', '<'])?;
    Ok(std::iter::repeat(c).take(n).collect())
}

fn string(u: &mut Unstructured<'_>, s: &schema::Str) -> Result<Value> {
    if u.ratio(1, 10)? {
        return Ok(Value::String(String::arbitrary(u)?));
    }
    Ok(Value::String(match s.format {
        Format::HttpUrl { .. } => format!("https://example.com/{}", text(u, 1, 20)?),
        Format::Phone(_) => (0..u.int_in_range(4..=16)?).map(|_| '7').collect(),
        Format::DateTime(_) => format!(
            "20{:02}-{:02}-{:02}T{:02}:00:00.000+0000",
            u.int_in_range(20..=40u8)?,
            u.int_in_range(1..=13u8)?,
            u.int_in_range(1..=31u8)?,
            u.int_in_range(0..=24u8)?
        ),
        Format::Any => match s.len {
            Some(l) => text(u, l.min as usize, l.max.min(5000) as usize)?,
            None => String::arbitrary(u)?,
        },
    }))
}

/// A value of type `t`, mostly well-formed, sometimes of another JSON type.
pub fn value(u: &mut Unstructured<'_>, t: &'static Type, depth: u32) -> Result<Value> {
    if depth > 8 || u.ratio(1, 40)? {
        return Ok(match u.int_in_range(0..=4u8)? {
            0 => Value::Null,
            1 => json!(bool::arbitrary(u)?),
            2 => json!(f64::arbitrary(u)?),
            3 => json!([]),
            _ => json!({}),
        });
    }
    Ok(match t {
        Type::Bool => json!(bool::arbitrary(u)?),
        Type::Any => json!(u32::arbitrary(u)?),
        Type::Integer(l) | Type::Number(l) => {
            let (min, max) = l.map_or((-10, 10), |l| (l.min, l.max));
            let v = match u.int_in_range(0..=3u8)? {
                0 => min,
                1 => max,
                2 => max.saturating_add(1),
                _ => i64::arbitrary(u)?,
            };
            match (t, u.int_in_range(0..=3u8)?) {
                (Type::Number(_), 0 | 1) => json!(v as f64 + 0.5),
                // An integral number with a fraction (`30.0`): an integer to the API.
                (_, 2) => json!(v as f64),
                _ => json!(v),
            }
        }
        Type::String(s) => string(u, s)?,
        Type::Enum(e) => {
            if u.ratio(1, 10)? {
                json!("NOPE")
            } else {
                json!(u.choose(e.values)?)
            }
        }
        Type::Object(o) => object(u, o, None, depth)?,
        Type::Array(a) => {
            let max = a.count.map_or(3, |l| l.max.min(13) as usize);
            let n = u.int_in_range(0..=max + 1)?;
            let mut v = Vec::with_capacity(n);
            for _ in 0..n {
                v.push(value(u, &a.items, depth + 1)?);
            }
            Value::Array(v)
        }
        Type::Union(un) => {
            let (tag, o) = u.choose(un.variants)?;
            object(u, o, Some(tag), depth)?
        }
        Type::Switch(w) => {
            let o = if u.arbitrary()? { w.present } else { w.absent };
            object(u, o, None, depth)?
        }
    })
}

fn object(
    u: &mut Unstructured<'_>,
    o: &'static Object,
    tag: Option<&str>,
    depth: u32,
) -> Result<Value> {
    let mut m = Map::new();
    if let Some(t) = tag {
        m.insert("type".into(), json!(t));
    }
    for f in o.fields {
        let present = if f.required() {
            !u.ratio(1, 20)?
        } else {
            bool::arbitrary(u)?
        };
        if present {
            m.insert(f.name.into(), value(u, &f.ty, depth + 1)?);
        }
    }
    if u.ratio(1, 20)? {
        let k = if let Some(l) = o.legacy.first() {
            l.name.to_string()
        } else {
            String::arbitrary(u)?
        };
        m.insert(k, json!("x"));
    }
    Ok(Value::Object(m))
}

/// A send or events body generated from the schema tables, validated.
pub fn check_structured(data: &[u8]) -> Result<()> {
    let mut u = Unstructured::new(data);
    let root = if bool::arbitrary(&mut u)? {
        &schema::request::REQUEST
    } else {
        &schema::events::EVENTS_REQUEST
    };
    let body = object(&mut u, root, None, 0)?;
    let text = body.to_string();
    let strict = bool::arbitrary(&mut u)?;
    let r = validate_str(
        &text,
        &Options {
            strict,
            ..Options::at(NOW)
        },
    );
    check_report(&r);
    // The same body given as a Value gives the same report.
    assert_eq!(
        r,
        rcs_kit::validate_value(
            &body,
            &Options {
                strict,
                ..Options::at(NOW)
            }
        )
    );
    if r.is_valid() && root.name == "SendRequest" {
        // Valid bodies round-trip through the typed model without loss (an integer field
        // written `30.0` comes back as `30`: the same number).
        let typed: rcs_kit::SendRequest =
            serde_json::from_str(&text).expect("valid body reads into the model");
        assert!(
            same_numbers(&serde_json::to_value(&typed).unwrap(), &body),
            "round trip lost data"
        );
    }
    Ok(())
}

/// The capability-check parsers: a request body (query or notify) generated from its
/// table, validated with its kind forced and detected; an answer or result webhook
/// generated from its table, inspected, and when well-formed read into the typed model
/// and written back unchanged; and the required features of the fuzzer's raw bytes.
pub fn check_capability(data: &[u8]) -> Result<()> {
    use rcs_kit::webhooks::{inspect, Webhook};
    use rcs_kit::Kind;
    let mut u = Unstructured::new(data);
    let requests = [
        (&schema::capability::CAPABILITY_QUERY, Kind::CapabilityQuery),
        (
            &schema::capability::CAPABILITY_NOTIFY,
            Kind::CapabilityNotify,
        ),
    ];
    let (root, kind) = *u.choose(&requests)?;
    let body = object(&mut u, root, None, 0)?;
    let text = body.to_string();
    let forced = validate_str(
        &text,
        &Options {
            kind: Some(kind),
            ..Options::at(NOW)
        },
    );
    check_report(&forced);
    assert_eq!(
        forced,
        rcs_kit::validate_value(
            &body,
            &Options {
                kind: Some(kind),
                ..Options::at(NOW)
            }
        )
    );
    if forced.is_valid() && !text.contains("null") {
        let back = match kind {
            Kind::CapabilityQuery => serde_json::to_value(
                serde_json::from_str::<rcs_kit::model::CapabilityQuery>(&text)
                    .expect("a valid query reads into the model"),
            ),
            _ => serde_json::to_value(
                serde_json::from_str::<rcs_kit::model::CapabilityNotify>(&text)
                    .expect("a valid notify request reads into the model"),
            ),
        }
        .expect("the model writes JSON");
        assert!(same_numbers(&back, &body), "round trip lost data");
    }
    check_report(&validate_str(&text, &Options::at(NOW)));

    let answers = schema::webhooks::ALL;
    let table = *u.choose(answers)?;
    let body = object(&mut u, table, None, 0)?;
    let text = body.to_string();
    let i = inspect(&text);
    for issue in &i.issues {
        assert!(issue.path.is_empty() || issue.path.starts_with('/'));
    }
    let well_formed = i
        .issues
        .iter()
        .all(|x| x.severity != rcs_kit::Severity::Error);
    // (null reads as absent in the webhook models, except where the API sends null on
    // purpose: round trips are compared for bodies without nulls)
    if well_formed && !text.contains("null") {
        let w = i
            .webhook
            .as_ref()
            .expect("a well-formed body has a typed model");
        let back = serde_json::to_value(w).expect("the model writes JSON");
        assert!(same_numbers(&back, &body), "{text}: round trip lost data");
        let again = Webhook::from_value(i.kind, back).expect("reads back");
        assert_eq!(&again, w);
    }

    let raw = String::from_utf8_lossy(u.take_rest());
    let _ = inspect(&raw);
    if let Ok(needs) = rcs_kit::features::required_features(&raw) {
        for m in needs {
            for n in m.needs {
                assert!(n.path.starts_with('/'), "{}", n.path);
            }
        }
    }
    Ok(())
}

/// Message templates: the placeholder parser on any text (what it reads renders back to
/// the same text), and a template built from fuzzer data — a message generated from the
/// tables with placeholders spliced into its strings, variables with fuzzed samples and
/// maxima — checked, and when valid compiled and rendered for fuzzed rows: the rendering
/// is JSON.
pub fn check_template(data: &[u8]) -> Result<()> {
    use rcs_kit::template::{placeholder, validate_template, CompiledTemplate};
    let mut u = Unstructured::new(data);
    let raw = String::arbitrary(&mut u)?;
    if let Ok(parts) = placeholder::parse(&raw) {
        let back = placeholder::render(&parts, |n| format!("{{{{{n}}}}}"));
        // spaces inside braces are the only difference
        assert_eq!(back.replace(' ', ""), raw.replace(' ', ""), "{raw:?}");
    }
    let names = ["to", "a", "b", "c"];
    let mut vars = vec![json!({"name": "to", "sample": "441134960001", "maxLength": 15})];
    for n in &names[1..] {
        let max = u.int_in_range(0..=40u32)?;
        let sample = "s".repeat(u.int_in_range(0..=max)? as usize);
        let mut v = json!({"name": n, "sample": sample, "maxLength": max});
        if bool::arbitrary(&mut u)? {
            v["allowEmpty"] = json!(true);
        }
        vars.push(v);
    }
    let mut message = object(&mut u, &schema::request::MESSAGE, None, 0)?;
    if let Value::Object(m) = &mut message {
        m.remove("destinations");
    }
    splice(&mut u, &mut message, &names)?;
    let template = json!({"variables": vars, "message": message}).to_string();
    let checked = validate_template(&template, &Options::at(NOW));
    for i in checked.report.issues() {
        assert!(i.path.is_empty() || i.path.starts_with('/'), "{}", i.path);
    }
    let Ok(compiled) = CompiledTemplate::compile(&template, &Options::at(NOW)) else {
        return Ok(());
    };
    for _ in 0..4 {
        let row: Vec<String> = names
            .iter()
            .map(|_| Ok("r".repeat(u.int_in_range(0..=40usize)?)))
            .collect::<Result<_>>()?;
        let mut out = String::new();
        compiled.render_messages(
            &|n| {
                names
                    .iter()
                    .position(|x| *x == n)
                    .and_then(|i| row.get(i))
                    .map(String::as_str)
            },
            &mut out,
        );
        let request = compiled.request(&out);
        assert!(serde_json::from_str::<Value>(&request).is_ok(), "{request}");
    }
    Ok(())
}

/// Puts `{{name}}` placeholders into some strings of `v`.
fn splice(u: &mut Unstructured<'_>, v: &mut Value, names: &[&str]) -> Result<()> {
    match v {
        Value::String(s) if u.ratio(1, 3)? => {
            let name = u.choose(names)?;
            let at = u.int_in_range(0..=s.len())?;
            let at = (0..=at).rev().find(|i| s.is_char_boundary(*i)).unwrap_or(0);
            s.insert_str(at, &format!("{{{{{name}}}}}"));
        }
        Value::Array(a) => {
            for x in a {
                splice(u, x, names)?;
            }
        }
        Value::Object(m) => {
            for (_, x) in m.iter_mut() {
                splice(u, x, names)?;
            }
        }
        _ => {}
    }
    Ok(())
}

/// Whether `a` and `b` are the same JSON value, numbers compared by value.
fn same_numbers(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => x.as_f64() == y.as_f64(),
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(p, q)| same_numbers(p, q))
        }
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len()
                && x.iter()
                    .all(|(k, p)| y.get(k).is_some_and(|q| same_numbers(p, q)))
        }
        _ => a == b,
    }
}

/// One builder call.
#[derive(Arbitrary, Debug)]
pub enum Op {
    /// Add a destination.
    To(String),
    /// Set text content.
    Text(String),
    /// Set file content.
    File(String),
    /// Add a reply chip.
    Reply(String, String),
    /// Set a validity period.
    Validity(i64),
    /// Set SMS failover text.
    Sms(String),
    /// Set callback data.
    Callback(String),
    /// Set the campaign reference.
    Campaign(String),
}

/// A builder script: no panic, and `build()` agrees with validating what it built.
pub fn check_builder(data: &[u8]) -> Result<()> {
    use rcs_kit::model::*;
    let mut u = Unstructured::new(data);
    let sender = String::arbitrary(&mut u)?;
    let ops = Vec::<Op>::arbitrary(&mut u)?;
    let mut b = Message::builder(sender);
    let mut text = TextContent::new("");
    for op in ops {
        b = match op {
            Op::To(t) => b.to(t),
            Op::Text(t) => {
                text = TextContent::new(t);
                b.content(text.clone())
            }
            Op::File(url) => b.content(FileContent::new(url)),
            Op::Reply(t, p) => {
                text = text.clone().with_suggestion(Suggestion::reply(t, p));
                b.content(text.clone())
            }
            Op::Validity(n) => b.validity(n, ValidityTimeUnit::Minutes),
            Op::Sms(t) => b.sms_failover(SmsFailover::new(t)),
            Op::Callback(c) => b.callback_data(c),
            Op::Campaign(c) => b.campaign_reference_id(c),
        };
    }
    let opts = Options::at(NOW);
    match b.build_with(&opts) {
        Ok(req) => assert!(rcs_kit::validate_request(&req, &opts).is_valid()),
        Err(report) => {
            check_report(&report);
            assert!(!report.is_valid());
        }
    }
    Ok(())
}

/// An HTTP request as the stand-in's handler sees it.
#[derive(Arbitrary, Debug)]
pub struct FuzzRequest {
    method: u8,
    path: u8,
    extra_path: String,
    auth: u8,
    content_type: bool,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

/// The stand-in's handler: no panic, only the statuses the API uses, never the key
/// echoed in an error. (No tokio runtime here: a capability notify is answered and
/// listed, its webhooks never posted.)
pub fn check_stand_in(data: &[u8]) -> Result<()> {
    use rcs_kit_stand_in::{Request, StandIn};
    thread_local!(static API: StandIn = StandIn::new("fuzz-key-0123456789".into(), std::env::temp_dir()));
    let mut u = Unstructured::new(data);
    let f = FuzzRequest::arbitrary(&mut u)?;
    let method = ["GET", "POST", "DELETE", "HEAD", "PUT"][usize::from(f.method % 5)];
    let path = [
        "/rcs/2/messages",
        "/rcs/1/events",
        "/__stand-in/messages",
        "/__stand-in/config",
        "/",
        "/rcs/2/capability-check/query",
        "/rcs/2/capability-check/notify",
        "/__stand-in/capability",
    ][usize::from(f.path % 8)];
    // Addressed to the stand-in (its default port) unless the fuzzer adds its own Host.
    let mut headers: Vec<(String, String)> = vec![("host".into(), "127.0.0.1:8080".into())];
    headers.extend(
        f.headers
            .into_iter()
            .map(|(k, v)| (k.to_ascii_lowercase(), v)),
    );
    match f.auth % 3 {
        0 => headers.push(("authorization".into(), "App fuzz-key-0123456789".into())),
        1 => headers.push(("authorization".into(), "App wrong".into())),
        _ => {}
    }
    if f.content_type {
        headers.push(("content-type".into(), "application/json".into()));
    }
    let req = Request {
        method: method.into(),
        target: format!("{path}{}", f.extra_path),
        headers,
        body: f.body.into(),
    };
    let res = API.with(|api| api.handle(&req));
    assert!(
        [200, 400, 401, 403, 404, 405, 413, 415, 421, 431].contains(&res.status),
        "status {}",
        res.status
    );
    let status = res.status;
    let body = res.into_bytes();
    if status != 200 {
        assert!(!String::from_utf8_lossy(&body).contains("fuzz-key-0123456789"));
    }
    if status == 200 && path.starts_with("/rcs/") {
        // the streamed answer is JSON
        assert!(serde_json::from_slice::<serde_json::Value>(&body).is_ok());
    }
    Ok(())
}

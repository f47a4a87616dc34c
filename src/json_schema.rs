//! JSON Schema (draft 2020-12) of every request body (`Kind::ALL`), generated from the schema tables
//! and the limits table, so it cannot disagree with the validator where a schema can say
//! the same thing. The committed copies live in `schema/` (a test fails when they drift);
//! `rcs-kit schema` prints them.
//!
//! What a schema cannot say is left to the validator: date-times in the future, `sendAt`
//! at most 180 days ahead, the delivery window's length, ordered-sequence rules,
//! duplicate keys, the RFC 3986 character set of URLs, calendar end after start, and the
//! warnings. The schema is never stricter than the validator: every body rcs-kit accepts,
//! the schema accepts.
//!
//! ```
//! let s = rcs_kit::json_schema::request();
//! assert_eq!(s["$schema"], "https://json-schema.org/draft/2020-12/schema");
//! assert_eq!(s["$defs"]["ReplySuggestion"]["properties"]["text"]["maxLength"], 25);
//! ```

use crate::limits::{Limit, Unit};
use crate::options::Kind;
use crate::schema::{self, Enumeration, Format, Object, Type, Union};
use serde_json::{json, Map, Value};

/// The schema of `POST /rcs/2/messages`.
pub fn request() -> Value {
    for_kind(Kind::Request)
}

/// The schema of `POST /rcs/1/events`.
pub fn events() -> Value {
    for_kind(Kind::Events)
}

/// The file the schema of `kind` is committed as, in `schema/`.
///
/// ```
/// assert_eq!(rcs_kit::json_schema::file_name(rcs_kit::Kind::CapabilityQuery), "capability-query.schema.json");
/// ```
pub const fn file_name(kind: Kind) -> &'static str {
    match kind {
        Kind::Request => "send-request.schema.json",
        Kind::Events => "events-request.schema.json",
        Kind::CapabilityQuery => "capability-query.schema.json",
        Kind::CapabilityNotify => "capability-notify.schema.json",
        #[cfg(feature = "messages-api")]
        Kind::MessagesApi => "messages-api.schema.json",
        #[cfg(feature = "messages-api")]
        Kind::MessagesApiEvents => "messages-api-events.schema.json",
    }
}

/// The schema of a body kind.
pub fn for_kind(kind: Kind) -> Value {
    document(
        schema::for_kind(kind),
        &format!("https://rcs-kit.dev/schema/{}", file_name(kind)),
    )
}

/// The file the schema of a message template ([`template`]) is committed as, in `schema/`.
pub const TEMPLATE_FILE: &str = "message-template.schema.json";

/// The schema of a message template (`rcs_kit::template`): the envelope as its table says,
/// the message's shape as the request's tables say, but the message's strings with their
/// type only: their lengths and formats hold after rendering, which
/// [`validate_template`](crate::template::validate_template) checks (a placeholder is
/// longer or shorter than its values, and `https://x/{{id}}` is not yet a URL).
///
/// ```
/// let s = rcs_kit::json_schema::template();
/// assert_eq!(s["$defs"]["TemplateVariable"]["properties"]["maxLength"]["maximum"], 10000);
/// assert!(s["$defs"]["ReplySuggestion"]["properties"]["text"].get("maxLength").is_none());
/// ```
pub fn template() -> Value {
    let mut v = document(
        &schema::template::TEMPLATE,
        &format!("https://rcs-kit.dev/schema/{TEMPLATE_FILE}"),
    );
    if let Some(Value::Object(defs)) = v.get_mut("$defs") {
        for (name, def) in defs.iter_mut() {
            if name != schema::template::VARIABLE.name {
                strings_by_type_only(def);
            }
        }
    }
    v
}

/// Drops the lengths, formats and patterns of every string schema in `v`.
fn strings_by_type_only(v: &mut Value) {
    match v {
        Value::Object(m) => {
            if m.get("type").and_then(Value::as_str) == Some("string") {
                for k in ["minLength", "maxLength", "format", "pattern"] {
                    m.remove(k);
                }
            }
            for child in m.values_mut() {
                strings_by_type_only(child);
            }
        }
        Value::Array(a) => a.iter_mut().for_each(strings_by_type_only),
        _ => {}
    }
}

/// The schema as the committed file writes it: pretty JSON and a final newline.
pub fn to_pretty(schema: &Value) -> String {
    let mut s = serde_json::to_string_pretty(schema).unwrap_or_default();
    s.push('\n');
    s
}

fn document(root: &'static Object, id: &str) -> Value {
    let mut defs = Map::new();
    let mut top = object(root, None, &mut defs);
    if let Value::Object(m) = &mut top {
        let mut head = Map::new();
        head.insert(
            "$schema".into(),
            json!("https://json-schema.org/draft/2020-12/schema"),
        );
        head.insert("$id".into(), json!(id));
        head.insert("title".into(), json!(root.name));
        head.extend(std::mem::take(m));
        head.insert("$defs".into(), Value::Object(defs));
        return Value::Object(head);
    }
    top
}

fn reference(name: &str) -> Value {
    json!({ "$ref": format!("#/$defs/{name}") })
}

fn define(
    name: &str,
    defs: &mut Map<String, Value>,
    make: impl FnOnce(&mut Map<String, Value>) -> Value,
) {
    if defs.contains_key(name) {
        return;
    }
    defs.insert(name.into(), Value::Null);
    let v = make(defs);
    defs.insert(name.into(), v);
}

fn ty(t: &Type, defs: &mut Map<String, Value>) -> Value {
    match t {
        Type::Bool => json!({ "type": "boolean" }),
        Type::Any => json!({}),
        Type::Integer(l) => with_range(json!({ "type": "integer" }), *l),
        Type::Number(l) => with_range(json!({ "type": "number" }), *l),
        Type::String(s) => {
            let mut v = json!({ "type": "string" });
            if let (Some(l), Value::Object(m)) = (s.len, &mut v) {
                if l.unit == Unit::Chars && !matches!(s.format, Format::Phone(_)) {
                    if l.min > 0 {
                        m.insert("minLength".into(), json!(l.min));
                    }
                    if l.max < i64::from(i32::MAX) {
                        m.insert("maxLength".into(), json!(l.max));
                    }
                }
            }
            if let Value::Object(m) = &mut v {
                match s.format {
                    Format::Any => {}
                    Format::HttpUrl { .. } => {
                        m.insert("format".into(), json!("uri"));
                        m.insert("pattern".into(), json!("^[Hh][Tt][Tt][Pp][Ss]?://[^/?#]"));
                    }
                    Format::Phone(_) => {
                        let (min, max) = s.len.map_or((1, 64), |l| (l.min, l.max));
                        m.insert(
                            "pattern".into(),
                            json!(format!("^\\+?[0-9]{{{min},{max}}}$")),
                        );
                    }
                    Format::DateTime(_) => {
                        m.insert(
                            "pattern".into(),
                            json!("^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?([Zz]|[+-][0-9]{2}:?[0-9]{2})$"),
                        );
                    }
                }
            }
            v
        }
        Type::Enum(e) => {
            enumeration(e, defs);
            reference(e.name)
        }
        Type::Object(o) => {
            define(o.name, defs, |defs| object(o, None, defs));
            reference(o.name)
        }
        Type::Array(a) => {
            let mut v = json!({ "type": "array", "items": ty(&a.items, defs) });
            if let (Some(l), Value::Object(m)) = (a.count, &mut v) {
                if l.min > 0 {
                    m.insert("minItems".into(), json!(l.min));
                }
                if l.max < i64::from(i32::MAX) {
                    m.insert("maxItems".into(), json!(l.max));
                }
            }
            v
        }
        Type::Union(u) => {
            union(u, defs);
            reference(u.name)
        }
        Type::Switch(w) => {
            define(w.name, defs, |defs| {
                let present = ty(&Type::Object(w.present), defs);
                let absent = ty(&Type::Object(w.absent), defs);
                json!({
                    "if": { "type": "object", "required": [w.member] },
                    "then": present,
                    "else": absent,
                })
            });
            reference(w.name)
        }
    }
}

fn with_range(mut v: Value, l: Option<&Limit>) -> Value {
    if let (Some(l), Value::Object(m)) = (l, &mut v) {
        m.insert("minimum".into(), json!(l.min));
        m.insert("maximum".into(), json!(l.max));
    }
    v
}

fn enumeration(e: &'static Enumeration, defs: &mut Map<String, Value>) {
    define(
        e.name,
        defs,
        |_| json!({ "type": "string", "enum": e.values }),
    );
}

/// A union as `if`/`then` on `type`, so that a validator reports the errors of the one
/// variant the `type` names instead of every variant's.
fn union(u: &'static Union, defs: &mut Map<String, Value>) {
    define(u.name, defs, |defs| {
        let tags: Vec<&str> = u.variants.iter().map(|(t, _)| *t).collect();
        let branches: Vec<Value> = u
            .variants
            .iter()
            .map(|(tag, o)| {
                define(o.name, defs, |defs| object(o, Some(tag), defs));
                json!({
                    "if": { "properties": { "type": { "const": tag } }, "required": ["type"] },
                    "then": reference(o.name)
                })
            })
            .collect();
        json!({
            "type": "object",
            "required": ["type"],
            "properties": { "type": { "type": "string", "enum": tags } },
            "allOf": branches
        })
    });
}

fn object(o: &'static Object, tag: Option<&str>, defs: &mut Map<String, Value>) -> Value {
    let mut props = Map::new();
    if let Some(t) = tag {
        props.insert("type".into(), json!({ "const": t }));
    }
    for f in o.named() {
        let mut v = ty(&f.ty, defs);
        if let Value::Object(m) = &mut v {
            if !f.doc.is_empty() && !m.contains_key("$ref") {
                m.insert("description".into(), json!(f.doc));
            }
        }
        props.insert(f.name.into(), v);
    }
    // Names of the legacy API are errors; `false` says so in a schema.
    for l in o.legacy {
        props.insert(l.name.into(), Value::Bool(false));
    }
    let required: Vec<&str> = o
        .fields
        .iter()
        .filter(|f| f.required())
        .map(|f| f.name)
        .collect();
    let mut v = Map::new();
    v.insert("type".into(), json!("object"));
    v.insert("description".into(), json!(o.doc));
    v.insert("properties".into(), Value::Object(props));
    if !required.is_empty() {
        v.insert("required".into(), json!(required));
    }
    // Unknown fields are warnings in rcs-kit (the API may add fields): open objects,
    // unless the object takes free members of one type (a template's placeholders).
    let rest = match o.any_member() {
        Some(f) => ty(&f.ty, defs),
        None => Value::Bool(true),
    };
    v.insert("additionalProperties".into(), rest);
    for (k, c) in cross_field(o) {
        v.insert(k, c);
    }
    Value::Object(v)
}

/// The cross-field rules a schema can state, keyed by the object they apply to.
/// The JSON Schema keywords of the object's cross-field rules, as their declarations give
/// them ([`Rule::schema`](crate::rule::Rule::schema)); rules it cannot express add none.
fn cross_field(o: &Object) -> Vec<(String, Value)> {
    let mut out = Vec::new();
    for check in o.rules {
        for rule in check.rules {
            if let Ok(Value::Object(keywords)) = serde_json::from_str::<Value>(rule.schema) {
                out.extend(keywords);
            }
        }
    }
    out
}

//! What every use of a template reads first: the declared variables, the strings that
//! hold placeholders (each with the type the schema tables give it), the message or
//! request, and the variable holding the recipient's number.

use super::placeholder::{self, Part, PlaceholderError};
use super::{issue, Slot, Variable, DEFAULT_DESTINATION};
use crate::json::{pointer, Doc, NodeId, Value};
use crate::report::{clip, Issue};
use crate::rules::template as rules;
use crate::schema::{self, Format, Object, Type};
use crate::Options;
use std::collections::BTreeMap;

static MESSAGE_TYPE: Type = Type::Object(&schema::request::MESSAGE);
static REQUEST_TYPE: Type = Type::Object(&schema::request::REQUEST);

/// What every use of a template reads first: its variables, the strings with
/// placeholders (and the issues of those that cannot hold them), the message or request,
/// and the variable holding the number.
pub(super) struct Analysis {
    pub(super) vars: BTreeMap<String, Variable>,
    pub(super) slots: Vec<Slot>,
    pub(super) bodies: Vec<(NodeId, &'static Object, String)>,
    pub(super) dest_name: String,
    pub(super) issues: Vec<Issue>,
}

pub(super) fn analyse(doc: &Doc<'_>, opts: &Options) -> Analysis {
    let root = doc.root();
    let vars = variables(doc);
    let mut issues: Vec<Issue> = Vec::new();
    let mut slots: Vec<Slot> = Vec::new();
    let mut bodies: Vec<(NodeId, &'static Object, String)> = Vec::new();
    if let Some(m) = doc.get(root, "message") {
        bodies.push((m, &schema::request::MESSAGE, "/message".into()));
    }
    if let Some(r) = doc.get(root, "request") {
        bodies.push((r, &schema::request::REQUEST, "/request".into()));
    }
    for (node, table, path) in &bodies {
        let mut path = path.clone();
        let ty = if std::ptr::eq(*table, &schema::request::MESSAGE) {
            &MESSAGE_TYPE
        } else {
            &REQUEST_TYPE
        };
        collect(doc, *node, ty, "", &mut path, &mut slots, &mut issues, opts);
    }
    let dest_name = doc
        .get(root, "destination")
        .and_then(|n| doc.str(n))
        .map_or_else(|| DEFAULT_DESTINATION.to_string(), |s| s.to_string());
    Analysis {
        vars,
        slots,
        bodies,
        dest_name,
        issues,
    }
}

/// The declared variables by name (the first of a name; the walk reports the others).
fn variables(doc: &Doc<'_>) -> BTreeMap<String, Variable> {
    let mut out = BTreeMap::new();
    let Some(list) = doc.get(doc.root(), "variables") else {
        return out;
    };
    if !matches!(doc.value(list), Value::Array { .. }) {
        return out;
    }
    for (index, v) in doc.children(list).enumerate() {
        let Some(name) = doc.get(v, "name").and_then(|n| doc.str(n)) else {
            continue;
        };
        let sample = doc
            .get(v, "sample")
            .and_then(|n| doc.str(n))
            .map(|s| s.to_string())
            .unwrap_or_default();
        let max = doc
            .get(v, "maxLength")
            .and_then(|n| doc.number(n))
            .filter(|m| m.fract() == 0.0 && *m >= 0.0)
            .map_or(sample.chars().count(), |m| {
                (m as usize).min(crate::limits::TEMPLATE_MAX_LENGTH.max as usize)
            });
        let allow_empty = doc
            .get(v, "allowEmpty")
            .and_then(|n| doc.bool(n))
            .unwrap_or(false);
        out.entry(name.to_string()).or_insert(Variable {
            index,
            sample,
            max,
            allow_empty,
        });
    }
    out
}

/// The message objects (with their pointers) that have no `destinations`.
pub(super) fn messages_without_destinations(
    doc: &Doc<'_>,
    bodies: &[(NodeId, &'static Object, String)],
) -> Vec<(NodeId, String)> {
    let mut out = Vec::new();
    for (node, table, path) in bodies {
        if !matches!(doc.value(*node), Value::Object { .. }) {
            continue;
        }
        if std::ptr::eq(*table, &schema::request::MESSAGE) {
            if doc.get(*node, "destinations").is_none() {
                out.push((*node, path.clone()));
            }
            continue;
        }
        if let Some(list) = doc.get(*node, "messages") {
            for (i, m) in doc.children(list).enumerate() {
                if matches!(doc.value(m), Value::Object { .. })
                    && doc.get(m, "destinations").is_none()
                {
                    out.push((m, format!("{path}/messages/{i}")));
                }
            }
        }
    }
    out
}

/// Every string below `node` that holds a `{{`, with the type the tables give it;
/// placeholders that cannot be read, or that sit where they may not, are reported.
#[allow(clippy::too_many_arguments)]
fn collect(
    doc: &Doc<'_>,
    node: NodeId,
    ty: &'static Type,
    key: &str,
    path: &mut String,
    slots: &mut Vec<Slot>,
    issues: &mut Vec<Issue>,
    opts: &Options,
) {
    match (doc.value(node), ty) {
        (Value::String(s), _) => {
            let text = s.decode();
            let raw: &str = &text;
            if !placeholder::has_placeholder(raw) {
                return;
            }
            let parts = match placeholder::parse(raw) {
                Ok(p) => p,
                Err(PlaceholderError::Unterminated(at)) => {
                    issues.push(issue(
                        &rules::PLACEHOLDER_UNTERMINATED,
                        opts,
                        path.clone(),
                        rules::PLACEHOLDER_UNTERMINATED_MSG.with("at", char_index(raw, at) + 1),
                        None,
                    ));
                    return;
                }
                Err(PlaceholderError::BadName(at, inner)) => {
                    issues.push(issue(
                        &rules::PLACEHOLDER_INVALID,
                        opts,
                        path.clone(),
                        rules::PLACEHOLDER_INVALID_MSG
                            .with("name", clip(&inner))
                            .with("at", char_index(raw, at) + 1),
                        None,
                    ));
                    return;
                }
            };
            let (allowed, len) = match ty {
                Type::String(st) => match st.format {
                    Format::Any => (TEXT_KEYS.contains(&key), st.len),
                    Format::HttpUrl { .. } => {
                        if let Some(first) = parts.iter().find_map(|p| match p {
                            Part::Var(_, at) => Some(*at),
                            Part::Text(_) => None,
                        }) {
                            if first < host_end(raw) {
                                issues.push(issue(
                                    &rules::PLACEHOLDER_URL_HOST,
                                    opts,
                                    path.clone(),
                                    rules::PLACEHOLDER_URL_HOST_MSG.message(),
                                    None,
                                ));
                                slots.push(Slot {
                                    node,
                                    path: path.clone(),
                                    text: raw.to_string(),
                                    len: None,
                                    allowed: false,
                                });
                                return;
                            }
                        }
                        (true, st.len)
                    }
                    _ => (false, None),
                },
                _ => (false, None),
            };
            if !allowed {
                issues.push(issue(
                    &rules::PLACEHOLDER_NOT_ALLOWED,
                    opts,
                    path.clone(),
                    rules::PLACEHOLDER_NOT_ALLOWED_MSG.with("field", clip(key)),
                    None,
                ));
            }
            slots.push(Slot {
                node,
                path: path.clone(),
                text: raw.to_string(),
                len,
                allowed,
            });
        }
        (Value::Object { .. }, Type::Object(o)) => members(
            doc,
            node,
            |k| o.field(k).map(|f| &f.ty),
            path,
            slots,
            issues,
            opts,
        ),
        (Value::Object { .. }, Type::Union(u)) => {
            let tag = doc.get(node, "type").and_then(|t| doc.str(t));
            let variant = u
                .variants
                .iter()
                .find(|(t, _)| tag.as_deref() == Some(*t))
                .map(|(_, o)| *o);
            members(
                doc,
                node,
                |k| variant.and_then(|o| o.field(k)).map(|f| &f.ty),
                path,
                slots,
                issues,
                opts,
            );
        }
        (Value::Array { .. }, Type::Array(a)) => {
            for (i, child) in doc.children(node).enumerate() {
                let depth = path.len();
                pointer::push_index(path, i);
                collect(doc, child, &a.items, key, path, slots, issues, opts);
                path.truncate(depth);
            }
        }
        // A value of another type, or a member the tables do not know: its strings may
        // not hold placeholders.
        (Value::Object { .. } | Value::Array { .. }, _) => {
            members(doc, node, |_| None, path, slots, issues, opts)
        }
        _ => {}
    }
}

/// The members (or elements) of `node`, each with the type `field` gives its name.
fn members(
    doc: &Doc<'_>,
    node: NodeId,
    field: impl Fn(&str) -> Option<&'static Type>,
    path: &mut String,
    slots: &mut Vec<Slot>,
    issues: &mut Vec<Issue>,
    opts: &Options,
) {
    static UNKNOWN: Type = Type::Bool;
    let is_array = matches!(doc.value(node), Value::Array { .. });
    for (i, child) in doc.children(node).enumerate() {
        let depth = path.len();
        let name = doc.node(child).and_then(|n| n.key).map(|k| k.decode());
        match (&name, is_array) {
            (Some(k), false) => pointer::push_segment(path, k),
            _ => pointer::push_index(path, i),
        }
        let key = name.as_deref().unwrap_or_default();
        let ty = field(key).unwrap_or(&UNKNOWN);
        collect(doc, child, ty, key, path, slots, issues, opts);
        path.truncate(depth);
    }
}

/// Fields of free text whose values may vary per recipient (URLs are decided by format;
/// `value` is a provider template parameter's).
const TEXT_KEYS: &[&str] = &["text", "title", "description", "postbackData", "value"];

/// Byte offset where a URL's path, query or fragment starts (after `scheme://host`), or
/// 0 when it has no `://` (a placeholder anywhere is then in its scheme or host).
fn host_end(url: &str) -> usize {
    let Some(scheme) = url.find("://") else {
        return usize::MAX;
    };
    let host = scheme + 3;
    url.get(host..)
        .and_then(|rest| rest.find(['/', '?', '#']))
        .map_or(usize::MAX, |end| host + end)
}

/// The character index of byte offset `at` in `s`.
fn char_index(s: &str, at: usize) -> usize {
    s.get(..at).map_or(0, |p| p.chars().count())
}

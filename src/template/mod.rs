//! Message templates: a v2 message (or a whole request) whose texts hold `{{name}}`
//! placeholders, with its declared variables — checked for the sample *and* for the worst
//! case before any recipient's values are known.
//!
//! ```json
//! {
//!   "variables": [
//!     {"name": "to", "sample": "441134960001", "maxLength": 15},
//!     {"name": "firstName", "sample": "Ada", "maxLength": 40},
//!     {"name": "orderId", "sample": "A-1042", "maxLength": 12}
//!   ],
//!   "message": {
//!     "sender": "DemoSender",
//!     "content": {"type": "TEXT", "text": "Hi {{firstName}}, order {{orderId}} has shipped",
//!       "suggestions": [{"type": "OPEN_URL", "text": "Track", "postbackData": "track",
//!         "url": "https://example.com/t/{{orderId}}"}]}
//!   }
//! }
//! ```
//!
//! [`validate_template`] reports, each at its JSON pointer into the template:
//!
//! * the envelope's problems (the table [`schema::template::TEMPLATE`](crate::schema::template::TEMPLATE)):
//!   variables without a sample or a `maxLength`, a sample longer than its `maxLength`,
//!   two variables with one name, `message` and `request` both or neither;
//! * placeholders that cannot be read (`{{name` without `}}`, `{{two words}}`), that name
//!   no declared variable, that sit where values cannot vary (a `type`, a date, a number:
//!   only texts, titles, descriptions, postback data and URLs may hold them), or that sit
//!   in a URL's scheme or host (the link could then point anywhere); declared variables
//!   that nothing uses (a warning);
//! * every issue of the **sample rendering** (each variable replaced by its sample),
//!   validated as the API would (a message without `destinations` gets one, to the
//!   variable named by `destination`, `to` by default);
//! * the **worst case**: the rendering with every variable at its `maxLength`, whose new
//!   issues are reported as `template.worst_case.too_long` (a length limit, with the
//!   variables responsible) or `template.worst_case.invalid`; and the **empty case**, the
//!   variables declared `allowEmpty` left empty (`template.empty_case.invalid`).
//!
//! [`TemplateReport::fields`] says, per templated field with a length limit, how much room
//! is left for the variables. The worst case is never below a real rendering: every value
//! of a variable has at most `maxLength` characters, and lengths are counted in
//! characters, as the limits are.

mod compiled;
pub mod placeholder;

pub use compiled::CompiledTemplate;

use crate::json::{pointer, Doc, NodeId, Value};
use crate::limits::Unit;
use crate::report::{clip, push_json_string, Amount, Issue, Report};
use crate::rule::Rule;
use crate::rules::template as rules;
use crate::schema::{self, Format, Object, Type};
use crate::validate;
use crate::Options;
use placeholder::{Part, PlaceholderError};
use std::collections::BTreeMap;

static MESSAGE_TYPE: Type = Type::Object(&schema::request::MESSAGE);
static REQUEST_TYPE: Type = Type::Object(&schema::request::REQUEST);

/// The number a message is checked with when no variable holds the recipient's.
const STAND_IN_NUMBER: &str = "441134960001";

/// The variable named by default as holding each recipient's number.
pub const DEFAULT_DESTINATION: &str = "to";

/// How much room a templated field with a length limit has.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Room {
    /// JSON pointer of the field in the template.
    pub path: String,
    /// Its length limit, in characters.
    pub limit: i64,
    /// Characters of its text outside placeholders.
    pub fixed: usize,
    /// Its length with every variable at its `maxLength`.
    pub worst: usize,
    /// The variables it uses, each once, in order of first use.
    pub variables: Vec<String>,
}

impl Room {
    /// Characters left for the variables beyond their `maxLength`s (negative: over).
    pub fn left(&self) -> i64 {
        self.limit - self.worst as i64
    }
}

/// What [`validate_template`] found.
#[derive(Debug, Clone, PartialEq)]
pub struct TemplateReport {
    /// Every issue, located in the template.
    pub report: Report,
    /// Each templated field with a maximum length, in document order.
    pub fields: Vec<Room>,
}

/// A declared variable, as read from the envelope (malformed members are the walk's to
/// report; they read as absent here).
#[derive(Debug, Clone)]
struct Variable {
    index: usize,
    sample: String,
    max: usize,
    allow_empty: bool,
}

/// A string of the message that holds placeholders.
struct Slot {
    node: NodeId,
    path: String,
    /// Its value, escapes decoded.
    text: String,
    len: Option<&'static crate::limits::Limit>,
    /// Whether a placeholder may stand here (one that may not is reported, and rendered
    /// all the same, so that the rest is checked as it will be).
    allowed: bool,
}

impl Slot {
    /// Its text and placeholders (read without error when the slot was made).
    fn parts(&self) -> Vec<Part<'_>> {
        placeholder::parse(&self.text).unwrap_or_default()
    }
}

/// Checks a template given as JSON text (see the module docs).
///
/// ```
/// use rcs_kit::template::validate_template;
/// use rcs_kit::Options;
/// let t = r#"{"variables": [{"name": "to", "sample": "441134960001", "maxLength": 15},
///   {"name": "name", "sample": "Ada", "maxLength": 3100}],
///   "message": {"sender": "S", "content": {"type": "TEXT", "text": "Hi {{name}}"}}}"#;
/// let r = validate_template(t, &Options::at(0));
/// let worst = &r.report.issues()[0];
/// assert_eq!(worst.code, rcs_kit::rules::template::WORST_CASE_TOO_LONG.code);
/// assert_eq!(worst.path, "/message/content/text");
/// assert_eq!(r.fields[0].left(), 3072 - 3103);
/// ```
pub fn validate_template(text: &str, opts: &Options) -> TemplateReport {
    let doc = match validate::parse(text) {
        Ok(d) => d,
        Err(report) => {
            return TemplateReport {
                report,
                fields: Vec::new(),
            }
        }
    };
    let root = doc.root();
    if !matches!(doc.value(root), Value::Object { .. }) {
        return TemplateReport {
            report: validate::validate_doc_as(&doc, opts, &schema::template::TEMPLATE),
            fields: Vec::new(),
        };
    }
    let Analysis {
        vars,
        slots,
        bodies,
        dest_name,
        mut issues,
    } = analyse(&doc, opts);
    // Placeholders naming no declared variable; what each variable is used by.
    let mut used: BTreeMap<&str, usize> = BTreeMap::new();
    for s in &slots {
        for p in &s.parts() {
            if let Part::Var(name, _) = p {
                if vars.contains_key(*name) {
                    *used.entry(name).or_default() += 1;
                } else {
                    issues.push(issue(
                        &rules::PLACEHOLDER_UNDECLARED,
                        opts,
                        s.path.clone(),
                        format!("`{{{{{name}}}}}` names no declared variable: declare `{name}` in `variables` with a sample and a `maxLength`"),
                        None,
                    ));
                }
            }
        }
    }
    // Messages without destinations are sent to the destination variable.
    let undestined = messages_without_destinations(&doc, &bodies);
    let dest = vars.get(dest_name.as_str()).map(|v| v.sample.clone());
    if !undestined.is_empty() {
        match &dest {
            Some(_) => *used.entry(dest_name.as_str()).or_default() += 1,
            None => {
                for (_, path) in &undestined {
                    issues.push(issue(
                        &rules::DESTINATION_UNDECLARED,
                        opts,
                        path.clone(),
                        format!("the message has no `destinations` and no variable `{}` holds the recipient's number: declare it (or name another with `destination`), or give `destinations`", clip(&dest_name)),
                        None,
                    ));
                }
            }
        }
    }
    for (name, v) in &vars {
        if !used.contains_key(name.as_str()) {
            issues.push(issue(
                &rules::VARIABLE_UNUSED,
                opts,
                format!("/variables/{}/name", v.index),
                format!(
                    "no placeholder uses `{}`: remove it, or write `{{{{{}}}}}` where it belongs",
                    clip(name),
                    clip(name)
                ),
                None,
            ));
        }
    }
    // Without a declared number (reported above), a stand-in number lets the rest of
    // the message be checked instead of reporting the missing one twice.
    let number = dest.unwrap_or_else(|| STAND_IN_NUMBER.to_string());
    let undestined: Vec<NodeId> = undestined.into_iter().map(|(n, _)| n).collect();
    let skeleton = pieces(&doc, root, &slots, &undestined);
    let render = |value: &dyn Fn(&Variable) -> String| {
        let mut out = String::with_capacity(doc.source().len() + 64);
        // an undeclared placeholder (reported) stays as written
        fill(
            &skeleton,
            &|name| {
                vars.get(name)
                    .map_or_else(|| format!("{{{{{name}}}}}"), value)
            },
            &number,
            &mut out,
        );
        out
    };
    // A rendering over 10 MB is reported as such, and walked all the same.
    let walk = |text: &str| {
        let mut r = validate::too_large(text.len()).unwrap_or_default();
        let walked = match Doc::parse(text) {
            Ok(d) => validate::validate_doc_as(&d, opts, &schema::template::TEMPLATE),
            Err(_) => validate::parse(text).err().unwrap_or_default(),
        };
        for i in walked.into_issues() {
            r.push(i);
        }
        r
    };
    let sample = walk(&render(&|v| v.sample.clone()));
    let worst = walk(&render(&|v| "x".repeat(v.max)));
    let any_empty = vars.values().any(|v| v.allow_empty);
    let empty = any_empty.then(|| {
        walk(&render(&|v| {
            if v.allow_empty {
                String::new()
            } else {
                v.sample.clone()
            }
        }))
    });
    let seen = |i: &Issue, r: &Report| {
        r.issues()
            .iter()
            .any(|j| j.code == i.code && j.path == i.path)
    };
    let mut report = Report::new();
    for i in issues.into_iter().chain(sample.issues().iter().cloned()) {
        report.push(i);
    }
    for i in worst.issues() {
        if seen(i, &sample) {
            continue;
        }
        let slot = slots.iter().find(|s| s.path == i.path);
        let responsible = slot.map(|s| named_maxima(s, &vars)).unwrap_or_default();
        let pushed = match (slot, i.limit, i.actual, i.code.ends_with(".too_long")) {
            (Some(_), Some(Amount(limit)), Some(Amount(actual)), true) => issue(
                &rules::WORST_CASE_TOO_LONG,
                opts,
                i.path.clone(),
                format!(
                    "with every variable at its `maxLength` ({responsible}) this has {actual} characters; at most {limit} are allowed: lower those `maxLength`s by {} in total, or shorten the text",
                    actual - limit
                ),
                Some((limit, actual)),
            ),
            _ => worst_or_empty(
                &rules::WORST_CASE_INVALID,
                opts,
                i,
                "with every variable at its `maxLength`",
            ),
        };
        report.push(pushed);
    }
    if let Some(empty) = empty {
        let names: Vec<&str> = vars
            .iter()
            .filter(|(_, v)| v.allow_empty)
            .map(|(n, _)| n.as_str())
            .collect();
        for i in empty.issues() {
            if !seen(i, &sample) {
                let when = format!("with {} empty", names.join(", "));
                report.push(worst_or_empty(&rules::EMPTY_CASE_INVALID, opts, i, &when));
            }
        }
    }
    let fields = slots
        .iter()
        .filter_map(|s| {
            // a length limit that can be reached (not "non-empty" alone)
            let limit = s
                .len
                .filter(|_| s.allowed)
                .filter(|l| l.unit == Unit::Chars && l.max < i64::from(i32::MAX))?;
            let parts = s.parts();
            let fixed: usize = parts
                .iter()
                .map(|p| match p {
                    Part::Text(t) => t.chars().count(),
                    Part::Var(..) => 0,
                })
                .sum();
            let vars_max: usize = parts
                .iter()
                .map(|p| match p {
                    Part::Var(n, _) => vars.get(*n).map_or(0, |v| v.max),
                    Part::Text(_) => 0,
                })
                .sum();
            let mut names: Vec<String> = Vec::new();
            for p in &parts {
                if let Part::Var(n, _) = p {
                    if !names.iter().any(|x| x == n) {
                        names.push((*n).to_string());
                    }
                }
            }
            Some(Room {
                path: s.path.clone(),
                limit: limit.max,
                fixed,
                worst: fixed + vars_max,
                variables: names,
            })
        })
        .collect();
    TemplateReport { report, fields }
}

/// An issue only the worst or the empty rendering has: an error becomes `rule` (the
/// original code in the message), a warning stays itself, said to be of that rendering.
fn worst_or_empty(rule: &'static Rule, opts: &Options, i: &Issue, when: &str) -> Issue {
    if i.severity == crate::Severity::Warning {
        return Issue {
            message: format!("{when}: {}", i.message),
            ..i.clone()
        };
    }
    Issue {
        severity: rule.severity_with(opts.strict),
        code: rule.code,
        path: i.path.clone(),
        message: format!("{when}: {} [{}]", i.message, i.code),
        limit: i.limit,
        actual: i.actual,
    }
}

/// "firstName 40, orderId 12": the variables of a slot with their `maxLength`s.
fn named_maxima(s: &Slot, vars: &BTreeMap<String, Variable>) -> String {
    let mut out: Vec<String> = Vec::new();
    for p in &s.parts() {
        if let Part::Var(n, _) = p {
            let item = format!("{n} {}", vars.get(*n).map_or(0, |v| v.max));
            if !out.contains(&item) {
                out.push(item);
            }
        }
    }
    out.join(", ")
}

fn issue(
    rule: &'static Rule,
    opts: &Options,
    path: String,
    message: String,
    bounds: Option<(f64, f64)>,
) -> Issue {
    Issue {
        severity: rule.severity_with(opts.strict),
        code: rule.code,
        path,
        message,
        limit: bounds.map(|b| Amount(b.0)),
        actual: bounds.map(|b| Amount(b.1)),
    }
}

/// What every use of a template reads first: its variables, the strings with
/// placeholders (and the issues of those that cannot hold them), the message or request,
/// and the variable holding the number.
struct Analysis {
    vars: BTreeMap<String, Variable>,
    slots: Vec<Slot>,
    bodies: Vec<(NodeId, &'static Object, String)>,
    dest_name: String,
    issues: Vec<Issue>,
}

fn analyse(doc: &Doc<'_>, opts: &Options) -> Analysis {
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
fn messages_without_destinations(
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
                        format!("the `{{{{` at character {} is not closed by `}}}}`: close it, or it reaches the recipient as written", char_index(raw, at) + 1),
                        None,
                    ));
                    return;
                }
                Err(PlaceholderError::BadName(at, inner)) => {
                    issues.push(issue(
                        &rules::PLACEHOLDER_INVALID,
                        opts,
                        path.clone(),
                        format!("`{{{{{}}}}}` at character {} is not a variable name: a letter or `_`, then letters, digits, `_`, `.` or `-`", clip(&inner), char_index(raw, at) + 1),
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
                                    "a placeholder in the URL's scheme or host: the link could point anywhere; keep `https://host/` fixed and put variables in the path or query".into(),
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
                    format!("`{}` cannot hold a placeholder: only texts, titles, descriptions, postback data and URLs (after the host) can", clip(key)),
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

/// A rendering compiled once: JSON text with holes for the variables and the number.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Piece {
    /// JSON text as it is.
    Lit(String),
    /// The value of a variable, inside a JSON string.
    Var(String),
    /// The recipient's number, inside a JSON string.
    Number,
}

fn lit(out: &mut Vec<Piece>, s: &str) {
    match out.last_mut() {
        Some(Piece::Lit(l)) => l.push_str(s),
        _ => out.push(Piece::Lit(s.to_string())),
    }
}

/// The JSON text of `s` without its quotes.
fn push_json_content(out: &mut String, s: &str) {
    let start = out.len();
    push_json_string(out, s);
    out.pop();
    out.remove(start);
}

/// The skeleton of the document below `node`: templated strings as holes, a
/// `destinations` with the number added to each object in `undestined`.
fn pieces(doc: &Doc<'_>, node: NodeId, slots: &[Slot], undestined: &[NodeId]) -> Vec<Piece> {
    let by_node: BTreeMap<NodeId, &Slot> = slots.iter().map(|s| (s.node, s)).collect();
    let mut out = Vec::new();
    skeleton(doc, node, &by_node, undestined, &mut out);
    out
}

fn skeleton(
    doc: &Doc<'_>,
    node: NodeId,
    slots: &BTreeMap<NodeId, &Slot>,
    undestined: &[NodeId],
    out: &mut Vec<Piece>,
) {
    let mut text = String::new();
    match doc.value(node) {
        Value::Null => lit(out, "null"),
        Value::Bool(b) => lit(out, if b { "true" } else { "false" }),
        Value::Number { raw, .. } => lit(out, raw),
        Value::String(s) => match slots.get(&node) {
            Some(slot) => {
                lit(out, "\"");
                for p in slot.parts() {
                    match p {
                        Part::Text(t) => {
                            push_json_content(&mut text, t);
                            lit(out, &text);
                            text.clear();
                        }
                        Part::Var(name, _) => out.push(Piece::Var(name.to_string())),
                    }
                }
                lit(out, "\"");
            }
            None => {
                push_json_string(&mut text, &s.decode());
                lit(out, &text);
            }
        },
        Value::Array { .. } => {
            lit(out, "[");
            for (i, c) in doc.children(node).enumerate() {
                if i > 0 {
                    lit(out, ",");
                }
                skeleton(doc, c, slots, undestined, out);
            }
            lit(out, "]");
        }
        Value::Object { .. } => {
            lit(out, "{");
            let mut first = true;
            for (k, c) in doc.members(node) {
                if !first {
                    lit(out, ",");
                }
                first = false;
                push_json_string(&mut text, &k.decode());
                text.push(':');
                lit(out, &text);
                text.clear();
                skeleton(doc, c, slots, undestined, out);
            }
            if undestined.contains(&node) {
                if !first {
                    lit(out, ",");
                }
                lit(out, "\"destinations\":[{\"to\":\"");
                out.push(Piece::Number);
                lit(out, "\"}]");
            }
            lit(out, "}");
        }
    }
}

/// Fills a skeleton: each variable's value and the number, as JSON string content.
fn fill(pieces: &[Piece], value: &dyn Fn(&str) -> String, number: &str, out: &mut String) {
    for p in pieces {
        match p {
            Piece::Lit(l) => out.push_str(l),
            Piece::Var(name) => push_json_content(out, &value(name)),
            Piece::Number => push_json_content(out, number),
        }
    }
}

/// The template document with each placeholder replaced by `value(name)` (a name it does
/// not answer renders empty), and a `destinations` to the destination variable's value
/// added to each message without one: what [`validate_template`] validates for the
/// sample, for one recipient's values.
///
/// ```
/// use rcs_kit::template::render_with;
/// let t = r#"{"variables":[{"name":"to","sample":"441134960001","maxLength":15},{"name":"n","sample":"Ada","maxLength":9}],
///   "message":{"sender":"S","content":{"type":"TEXT","text":"Hi {{n}}"}}}"#;
/// let out = render_with(t, &|n| (n == "n").then(|| "Grace".to_string())).unwrap();
/// assert!(out.contains(r#""text":"Hi Grace""#));
/// assert!(out.contains(r#""destinations":[{"to":"441134960001"}]"#));
/// ```
///
/// # Errors
/// The report of a template that is not JSON or over the size limit.
pub fn render_with(
    template: &str,
    value: &dyn Fn(&str) -> Option<String>,
) -> Result<String, Report> {
    let doc = validate::parse(template)?;
    let a = analyse(&doc, &Options::without_clock());
    let number = value(&a.dest_name)
        .or_else(|| a.vars.get(a.dest_name.as_str()).map(|v| v.sample.clone()))
        .unwrap_or_default();
    let undestined: Vec<NodeId> = messages_without_destinations(&doc, &a.bodies)
        .into_iter()
        .map(|(n, _)| n)
        .collect();
    let skeleton = pieces(&doc, doc.root(), &a.slots, &undestined);
    let mut out = String::with_capacity(template.len() + 64);
    fill(
        &skeleton,
        &|n| value(n).unwrap_or_default(),
        &number,
        &mut out,
    );
    Ok(out)
}

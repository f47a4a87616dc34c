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

mod analyse;
pub mod audience;
mod compiled;
pub mod placeholder;
mod render;

use analyse::{analyse, messages_without_destinations, Analysis};
pub use compiled::CompiledTemplate;
pub use render::render_with;
use render::{fill, pieces};

use crate::json::{Doc, NodeId, Value};
use crate::limits::Unit;
use crate::message::Message;
use crate::report::{clip, Amount, Issue, Report};
use crate::rule::Rule;
use crate::rules::template as rules;
use crate::schema;
use crate::validate;
use crate::Options;
use placeholder::Part;
use std::collections::BTreeMap;

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

impl TemplateReport {
    /// As JSON: `{"fields": [{"path", "limit", "fixed", "worst", "left", "variables"}],
    /// "valid", "issues", "truncated"?}` (the report's members as [`Report::to_json`]
    /// writes them). `rcs-kit template --format json` prints it, the npm package's
    /// `validateTemplate` returns it.
    pub fn to_json(&self) -> String {
        let mut out = String::from("{\"fields\":[");
        for (i, f) in self.fields.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            out.push_str("{\"path\":");
            crate::report::push_json_string(&mut out, &f.path);
            out.push_str(&format!(
                ",\"limit\":{},\"fixed\":{},\"worst\":{},\"left\":{},\"variables\":[",
                f.limit,
                f.fixed,
                f.worst,
                f.left()
            ));
            for (j, v) in f.variables.iter().enumerate() {
                if j > 0 {
                    out.push(',');
                }
                crate::report::push_json_string(&mut out, v);
            }
            out.push_str("]}");
        }
        out.push_str("],");
        let report = self.report.to_template_json();
        out.push_str(report.strip_prefix('{').unwrap_or(&report));
        out
    }
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
                        rules::PLACEHOLDER_UNDECLARED_MSG.with("name", *name),
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
                        rules::DESTINATION_UNDECLARED_MSG.with("name", clip(&dest_name)),
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
                rules::VARIABLE_UNUSED_MSG.with("name", clip(name)),
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
                rules::WORST_CASE_TOO_LONG_MSG
                    .with("maxima", responsible)
                    .with("n", actual)
                    .with("max", limit)
                    .with("excess", actual - limit),
                Some((limit, actual)),
            ),
            _ => worst_or_empty(
                &rules::WORST_CASE_INVALID,
                opts,
                i,
                rules::CASE_WORST_MSG.message(),
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
                let when = rules::CASE_EMPTY_MSG.with("names", names.join(", "));
                report.push(worst_or_empty(&rules::EMPTY_CASE_INVALID, opts, i, when));
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
fn worst_or_empty(rule: &'static Rule, opts: &Options, i: &Issue, when: Message) -> Issue {
    if i.severity == crate::Severity::Warning {
        return Issue::new(
            i.severity,
            i.code,
            i.path.clone(),
            rules::CASE_WARNING_MSG
                .with("when", when)
                .with("message", i.msg.clone()),
            i.limit,
            i.actual,
        );
    }
    Issue::new(
        rule.severity_with(opts.strict),
        rule.code,
        i.path.clone(),
        rules::CASE_ERROR_MSG
            .with("when", when)
            .with("message", i.msg.clone())
            .with("code", i.code),
        i.limit,
        i.actual,
    )
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
    message: Message,
    bounds: Option<(f64, f64)>,
) -> Issue {
    Issue::new(
        rule.severity_with(opts.strict),
        rule.code,
        path,
        message,
        bounds.map(|b| Amount(b.0)),
        bounds.map(|b| Amount(b.1)),
    )
}

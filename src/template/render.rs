//! Rendering: a template compiled into a skeleton of JSON text with holes for the
//! variables and the number, filled per recipient.

use super::analyse::{analyse, messages_without_destinations};
use super::placeholder::Part;
use super::Slot;
use crate::json::{Doc, NodeId, Value};
use crate::report::{push_json_string, Report};
use crate::validate;
use crate::Options;
use std::collections::BTreeMap;

/// A rendering compiled once: JSON text with holes for the variables and the number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Piece {
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
pub(super) fn pieces(
    doc: &Doc<'_>,
    node: NodeId,
    slots: &[Slot],
    undestined: &[NodeId],
) -> Vec<Piece> {
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
pub(super) fn fill(
    pieces: &[Piece],
    value: &dyn Fn(&str) -> String,
    number: &str,
    out: &mut String,
) {
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

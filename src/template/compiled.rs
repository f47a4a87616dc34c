//! A template compiled once and rendered per recipient: the audience path
//! (`rcs-kit render`), where a million rows must not re-read the template a million times.

use super::analyse::{analyse, messages_without_destinations};
use super::render::{fill, pieces, Piece};
use super::TemplateReport;
use crate::json::{Doc, NodeId, Value};
use crate::report::push_json_string;
use crate::{schema, validate, Options};

/// A checked template, ready to render rows.
///
/// ```
/// use rcs_kit::template::CompiledTemplate;
/// use rcs_kit::Options;
/// let t = r#"{"variables": [{"name": "to", "sample": "441134960001", "maxLength": 15},
///   {"name": "name", "sample": "Ada", "maxLength": 20}],
///   "message": {"sender": "S", "content": {"type": "TEXT", "text": "Hi {{name}}"}}}"#;
/// let c = CompiledTemplate::compile(t, &Options::at(0)).unwrap();
/// let mut out = String::new();
/// c.render_messages(&|n| match n { "name" => Some("Grace"), "to" => Some("441134960002"), _ => None }, &mut out);
/// assert_eq!(out, r#"{"sender":"S","content":{"type":"TEXT","text":"Hi Grace"},"destinations":[{"to":"441134960002"}]}"#);
/// assert_eq!(c.request(&out), format!(r#"{{"messages":[{out}]}}"#));
/// ```
#[derive(Debug, Clone)]
pub struct CompiledTemplate {
    /// The row's message(s), comma-separated: one for a `message` template, every
    /// message of `request.messages` for a `request` template.
    messages: Vec<Piece>,
    /// A `request` template's other members (`,"options":{…}`), as JSON text.
    rest: String,
    /// The variable (audience column) holding the number.
    destination: String,
    /// The declared variables, in declaration order.
    variables: Vec<String>,
    /// How many messages each row renders into.
    per_row: usize,
}

impl CompiledTemplate {
    /// Checks `text` ([`validate_template`](super::validate_template)) and compiles it.
    ///
    /// # Errors
    /// The template's report when it has an error (warnings allowed).
    pub fn compile(text: &str, opts: &Options) -> Result<Self, TemplateReport> {
        let checked = super::validate_template(text, opts);
        if !checked.report.is_valid() {
            return Err(checked);
        }
        let fail = || TemplateReport {
            report: validate::parse(text).err().unwrap_or_default(),
            fields: Vec::new(),
        };
        let doc = Doc::parse(text).map_err(|_| fail())?;
        let a = analyse(&doc, opts);
        let undestined: Vec<NodeId> = messages_without_destinations(&doc, &a.bodies)
            .into_iter()
            .map(|(n, _)| n)
            .collect();
        let mut messages = Vec::new();
        let mut rest = String::new();
        let mut per_row = 1;
        for (node, table, _) in &a.bodies {
            if std::ptr::eq(*table, &schema::request::MESSAGE) {
                messages = pieces(&doc, *node, &a.slots, &undestined);
                continue;
            }
            for (key, child) in doc.members(*node) {
                if key.eq_str("messages") && matches!(doc.value(child), Value::Array { .. }) {
                    per_row = doc.len(child);
                    for (i, m) in doc.children(child).enumerate() {
                        if i > 0 {
                            messages.push(Piece::Lit(",".into()));
                        }
                        messages.extend(pieces(&doc, m, &a.slots, &undestined));
                    }
                } else {
                    rest.push(',');
                    push_json_string(&mut rest, &key.decode());
                    rest.push(':');
                    fill(
                        &pieces(&doc, child, &[], &[]),
                        &|_| String::new(),
                        "",
                        &mut rest,
                    );
                }
            }
        }
        let mut variables: Vec<(usize, String)> =
            a.vars.iter().map(|(n, v)| (v.index, n.clone())).collect();
        variables.sort_unstable_by_key(|(i, _)| *i);
        Ok(CompiledTemplate {
            messages,
            rest,
            destination: a.dest_name,
            variables: variables.into_iter().map(|(_, n)| n).collect(),
            per_row,
        })
    }

    /// The variable (audience column) holding each recipient's number.
    pub fn destination(&self) -> &str {
        &self.destination
    }

    /// How many messages each row renders into: 1 for a `message` template, the length
    /// of `request.messages` for a `request` template.
    pub fn messages_per_row(&self) -> usize {
        self.per_row
    }

    /// The declared variables, in declaration order.
    pub fn variables(&self) -> &[String] {
        &self.variables
    }

    /// Appends the row's message(s) as JSON text (several comma-separated for a
    /// `request` template); a variable the row has no value for renders empty.
    pub fn render_messages<'v>(&self, value: &dyn Fn(&str) -> Option<&'v str>, out: &mut String) {
        let number = value(&self.destination).unwrap_or_default();
        fill(
            &self.messages,
            &|n| value(n).unwrap_or_default().to_string(),
            number,
            out,
        );
    }

    /// A request of `messages` (JSON text of messages, comma-separated) with the
    /// template's request members.
    pub fn request(&self, messages: &str) -> String {
        let mut out = String::with_capacity(self.request_len(messages.len()));
        out.push_str("{\"messages\":[");
        out.push_str(messages);
        out.push(']');
        out.push_str(&self.rest);
        out.push('}');
        out
    }

    /// The bytes of [`CompiledTemplate::request`] for messages of `len` bytes.
    pub fn request_len(&self, len: usize) -> usize {
        len + self.rest.len() + "{\"messages\":[]}".len()
    }
}

//! An audience rendered into bulk requests: each row one message (or a `request`
//! template's messages), validated as a request of its own; failing rows reported and left
//! out; valid messages grouped into requests of at most a given number of messages and
//! under the API's 10 MB, each as full as it can be.
//!
//! One implementation for both callers: `rcs-kit render` streams rows through
//! [`CompiledTemplate::render_row`] and a [`Batcher`]; the npm package's `renderTemplate`
//! renders an audience held in memory (a CSV text, [`csv_rows`], or a JSON array of
//! objects, [`json_rows`]) with [`render_audience`], which uses the same two.

use super::{CompiledTemplate, TemplateReport};
use crate::json::{Doc, NodeId, Value};
use crate::limits::REQUEST_SIZE;
use crate::report::{clip, push_json_string, Report};
use crate::{validate_str, Options};

/// Messages per request unless told otherwise (`rcs-kit render --max-messages`, the npm
/// option `maxMessages`).
pub const DEFAULT_MAX_MESSAGES: usize = 1000;

/// One row of an audience: its number (data rows counted from 1, the header not counted)
/// and its values as `(column, value)` pairs, or why it cannot be read. A column named
/// twice has its last value ([`value_of`]).
pub type Row = (u64, Result<Vec<(String, String)>, String>);

/// The value of column `name` in a row's values (the last, when it is named twice).
pub fn value_of<'v>(values: &'v [(String, String)], name: &str) -> Option<&'v str> {
    values
        .iter()
        .rev()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
}

/// A bulk request of rendered messages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Batch {
    /// The request body, JSON text (`{"messages":[…]}` and a `request` template's other
    /// members).
    pub body: String,
    /// How many messages it holds.
    pub messages: usize,
    /// The rows whose messages it holds, in order.
    pub rows: Vec<u64>,
}

/// Groups rendered messages into requests: at most `max_messages` messages each, and at
/// most the API's 10 MB ([`REQUEST_SIZE`]) of JSON text; a request is closed only when
/// the next row's messages would not fit, so each is as full as it can be.
#[derive(Debug, Clone)]
pub struct Batcher {
    max_messages: usize,
    messages: String,
    count: usize,
    rows: Vec<u64>,
}

impl Batcher {
    /// A batcher for requests of at most `max_messages` messages (at least 1).
    pub fn new(max_messages: usize) -> Self {
        Batcher {
            max_messages: max_messages.max(1),
            messages: String::new(),
            count: 0,
            rows: Vec::new(),
        }
    }

    /// Adds row `row`'s rendered messages (`message`, as [`CompiledTemplate::render_row`]
    /// wrote them); returns the request that had to be closed first to make room, if any.
    pub fn push(&mut self, t: &CompiledTemplate, message: &str, row: u64) -> Option<Batch> {
        let per_row = t.messages_per_row();
        let grown = self.messages.len() + usize::from(self.count > 0) + message.len();
        let full = self.count > 0
            && (self.count + per_row > self.max_messages
                || t.request_len(grown) > REQUEST_SIZE.max as usize);
        let closed = if full { self.finish(t) } else { None };
        if self.count > 0 {
            self.messages.push(',');
        }
        self.messages.push_str(message);
        self.count += per_row;
        self.rows.push(row);
        closed
    }

    /// The request of the messages added since the last one closed, if any.
    pub fn finish(&mut self, t: &CompiledTemplate) -> Option<Batch> {
        if self.rows.is_empty() {
            return None;
        }
        let batch = Batch {
            body: t.request(&self.messages),
            messages: self.count,
            rows: std::mem::take(&mut self.rows),
        };
        self.messages.clear();
        self.count = 0;
        Some(batch)
    }
}

impl CompiledTemplate {
    /// Renders one row into `message` (cleared first; its message(s) as JSON text, for
    /// [`Batcher::push`]) and validates them as a request of their own: the report's
    /// pointers are into that request (`/messages/0/content/text`). A variable the row
    /// has no value for renders empty.
    pub fn render_row<'v>(
        &self,
        value: &dyn Fn(&str) -> Option<&'v str>,
        opts: &Options,
        message: &mut String,
    ) -> Report {
        message.clear();
        self.render_messages(value, message);
        validate_str(&self.request(message), opts)
    }
}

/// The report of one row of [`render_audience`].
#[derive(Debug, Clone, PartialEq)]
pub struct RowReport {
    /// The row's number (data rows counted from 1).
    pub row: u64,
    /// The issues of its rendered request (pointers into it); empty for a row that
    /// cannot be read.
    pub report: Report,
    /// Why the row cannot be read (a CSV row with more or fewer fields than the header,
    /// an array element that is not an object), if so.
    pub unreadable: Option<String>,
}

impl RowReport {
    /// Whether the row was rendered into a valid message (warnings allowed).
    pub fn is_valid(&self) -> bool {
        self.unreadable.is_none() && self.report.is_valid()
    }
}

/// An audience rendered in memory ([`render_audience`]).
#[derive(Debug, Clone, PartialEq)]
pub struct RenderedAudience {
    /// The template's own report: nothing is rendered when it has an error.
    pub template: TemplateReport,
    /// The bulk requests of the valid rows.
    pub requests: Vec<Batch>,
    /// Every row's report, in order.
    pub rows: Vec<RowReport>,
}

impl RenderedAudience {
    /// The messages of every request.
    pub fn messages(&self) -> usize {
        self.requests.iter().map(|b| b.messages).sum()
    }

    /// Whether the template is valid and every row too.
    pub fn is_valid(&self) -> bool {
        self.template.report.is_valid() && self.rows.iter().all(RowReport::is_valid)
    }

    /// As JSON: `{"valid", "template": {"fields", "valid", "issues"}, "requests": [{"body",
    /// "messages", "rows"}], "messages", "rows": [{"row", "valid", "issues",
    /// "unreadable"?}], "failed": [row numbers]}`.
    pub fn to_json(&self) -> String {
        let mut out = String::from("{\"valid\":");
        out.push_str(if self.is_valid() { "true" } else { "false" });
        out.push_str(",\"template\":");
        out.push_str(&self.template.to_json());
        out.push_str(",\"requests\":[");
        for (i, b) in self.requests.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            out.push_str("{\"body\":");
            push_json_string(&mut out, &b.body);
            out.push_str(&format!(",\"messages\":{},\"rows\":", b.messages));
            push_numbers(&mut out, b.rows.iter().copied());
            out.push('}');
        }
        out.push_str(&format!("],\"messages\":{},\"rows\":[", self.messages()));
        for (i, r) in self.rows.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            let report = r.report.to_template_json();
            // `{"valid":…,"issues":[…]…}` with the row's number first and its validity
            // including readability
            let rest = report
                .split_once(",\"issues\"")
                .map_or("}", |(_, rest)| rest);
            out.push_str(&format!(
                "{{\"row\":{},\"valid\":{},\"issues\"",
                r.row,
                r.is_valid()
            ));
            match &r.unreadable {
                Some(why) => {
                    out.push_str(":[],\"unreadable\":");
                    push_json_string(&mut out, why);
                    out.push('}');
                }
                None => out.push_str(rest),
            }
        }
        out.push_str("],\"failed\":");
        push_numbers(
            &mut out,
            self.rows.iter().filter(|r| !r.is_valid()).map(|r| r.row),
        );
        out.push('}');
        out
    }
}

fn push_numbers(out: &mut String, numbers: impl Iterator<Item = u64>) {
    out.push('[');
    for (i, n) in numbers.enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&n.to_string());
    }
    out.push(']');
}

/// Renders every row of an audience held in memory with the template `text` (checked
/// first: an invalid template renders nothing), as `rcs-kit render` does: each row
/// validated, failing rows reported and left out, the valid ones grouped by a
/// [`Batcher`] of `max_messages`.
///
/// ```
/// use rcs_kit::template::audience::{csv_rows, render_audience};
/// let t = r#"{"variables": [{"name": "to", "sample": "441134960001", "maxLength": 15},
///   {"name": "name", "sample": "Ada", "maxLength": 20}],
///   "message": {"sender": "S", "content": {"type": "TEXT", "text": "Hi {{name}}"}}}"#;
/// let rows = csv_rows("to,name\n441134960001,Grace\n,Bo\n");
/// let r = render_audience(t, rows, &rcs_kit::Options::at(0), 1000);
/// assert_eq!((r.messages(), r.requests.len()), (1, 1));
/// assert!(!r.rows[1].is_valid()); // row 2 has no number
/// ```
pub fn render_audience(
    text: &str,
    rows: impl IntoIterator<Item = Row>,
    opts: &Options,
    max_messages: usize,
) -> RenderedAudience {
    let template = match CompiledTemplate::compile(text, opts) {
        Ok(t) => t,
        Err(report) => {
            return RenderedAudience {
                template: report,
                requests: Vec::new(),
                rows: Vec::new(),
            }
        }
    };
    let mut out = RenderedAudience {
        template: super::validate_template(text, opts),
        requests: Vec::new(),
        rows: Vec::new(),
    };
    let mut batcher = Batcher::new(max_messages);
    let mut message = String::new();
    for (row, values) in rows {
        let values = match values {
            Ok(v) => v,
            Err(why) => {
                out.rows.push(RowReport {
                    row,
                    report: Report::new(),
                    unreadable: Some(why),
                });
                continue;
            }
        };
        let report = template.render_row(&|n| value_of(&values, n), opts, &mut message);
        if report.is_valid() {
            out.requests.extend(batcher.push(&template, &message, row));
        }
        out.rows.push(RowReport {
            row,
            report,
            unreadable: None,
        });
    }
    out.requests.extend(batcher.finish(&template));
    out
}

/// The rows of a CSV text with a header row, read as `rcs-kit render` reads a CSV file
/// (the `csv` crate's defaults): fields separated by commas, quoted with `"` (a quote
/// doubled inside quotes is one quote; commas and line breaks inside quotes are text),
/// records ended by `\n`, `\r\n` or `\r`, empty lines skipped; a byte order mark and
/// spaces around the header's names are dropped. A row with more or fewer fields than the
/// header cannot be read.
///
/// ```
/// let rows: Vec<_> = rcs_kit::template::audience::csv_rows("to,name\n1,\"Zoë, \"\"Q\"\"\"\n2\n").collect();
/// let first = rows[0].1.as_ref().unwrap();
/// assert_eq!(rcs_kit::template::audience::value_of(first, "name"), Some("Zoë, \"Q\""));
/// assert_eq!(rows[1].1, Err("1 fields where the header has 2".to_string()));
/// ```
pub fn csv_rows(text: &str) -> impl Iterator<Item = Row> + '_ {
    let mut records = CsvRecords {
        rest: text.strip_prefix('\u{FEFF}').unwrap_or(text),
    };
    let headers: Vec<String> = records
        .next()
        .unwrap_or_default()
        .into_iter()
        .map(|h| h.trim_start_matches('\u{FEFF}').trim().to_string())
        .collect();
    records.zip(1u64..).map(move |(fields, n)| {
        if fields.len() != headers.len() {
            return (
                n,
                Err(format!(
                    "{} fields where the header has {}",
                    fields.len(),
                    headers.len()
                )),
            );
        }
        (n, Ok(headers.iter().cloned().zip(fields).collect()))
    })
}

/// CSV records, one at a time (see [`csv_rows`]).
struct CsvRecords<'a> {
    rest: &'a str,
}

impl Iterator for CsvRecords<'_> {
    type Item = Vec<String>;

    fn next(&mut self) -> Option<Vec<String>> {
        // empty lines are no records
        self.rest = self.rest.trim_start_matches(['\r', '\n']);
        if self.rest.is_empty() {
            return None;
        }
        let mut fields = Vec::new();
        let mut field = String::new();
        let mut chars = self.rest.char_indices().peekable();
        let mut at_start = true;
        let mut quoted = false;
        let mut end = self.rest.len();
        while let Some((i, c)) = chars.next() {
            if quoted {
                if c == '"' {
                    if chars.peek().is_some_and(|&(_, d)| d == '"') {
                        chars.next();
                        field.push('"');
                    } else {
                        quoted = false;
                    }
                } else {
                    field.push(c);
                }
                continue;
            }
            match c {
                '"' if at_start => {
                    quoted = true;
                    at_start = false;
                }
                ',' => {
                    fields.push(std::mem::take(&mut field));
                    at_start = true;
                }
                '\r' | '\n' => {
                    end = i;
                    break;
                }
                _ => {
                    field.push(c);
                    at_start = false;
                }
            }
        }
        fields.push(field);
        self.rest = self.rest.get(end..).unwrap_or_default();
        Some(fields)
    }
}

/// The rows of a JSON array of objects (what `renderTemplate` gets for rows given as
/// objects), read as `rcs-kit render` reads JSON Lines: strings as they are, numbers and
/// booleans as written, `null` as empty. An element that is not an object, or a value
/// that is an object or an array, makes the row unreadable. `None` when `node` is not an
/// array.
pub fn json_rows(doc: &Doc<'_>, node: NodeId) -> Option<Vec<Row>> {
    if !matches!(doc.value(node), Value::Array { .. }) {
        return None;
    }
    Some(
        doc.children(node)
            .zip(1u64..)
            .map(|(row, n)| (n, json_row(doc, row)))
            .collect(),
    )
}

fn json_row(doc: &Doc<'_>, row: NodeId) -> Result<Vec<(String, String)>, String> {
    if !matches!(doc.value(row), Value::Object { .. }) {
        return Err(format!("not a JSON object: {}", doc.value(row).type_name()));
    }
    let mut values = Vec::new();
    for (key, v) in doc.members(row) {
        let text = match doc.value(v) {
            Value::String(s) => s.decode().into_owned(),
            Value::Null => String::new(),
            Value::Bool(b) => b.to_string(),
            Value::Number { raw, .. } => raw.to_string(),
            other => {
                return Err(format!(
                    "`{}` is {}: a value is text, a number, a boolean or null",
                    clip(&key.decode()),
                    other.type_name()
                ))
            }
        };
        values.push((key.decode().into_owned(), text));
    }
    Ok(values)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(text: &str) -> Vec<Vec<String>> {
        CsvRecords { rest: text }.collect()
    }

    #[test]
    fn csv_as_the_csv_crate_reads_it() {
        assert_eq!(
            fields("a,b\r\n\r\nc,\"d\ne\"\rf"),
            [vec!["a", "b"], vec!["c", "d\ne"], vec!["f"]]
        );
        // a quote inside an unquoted field is text; text after a closing quote is kept
        assert_eq!(fields("x\"y,\"a\"b,\"\"\"\""), [vec!["x\"y", "ab", "\""]]);
        // unterminated quotes run to the end
        assert_eq!(fields("\"a,b\nc"), [vec!["a,b\nc"]]);
        assert_eq!(fields(",\n"), [vec!["", ""]]);
        assert!(fields("\n\r\n").is_empty());
        let rows: Vec<Row> = csv_rows("\u{FEFF} to , name\n1,A\n").collect();
        assert_eq!(rows[0].1.as_ref().map(|v| value_of(v, "to")), Ok(Some("1")));
        assert_eq!(csv_rows("").count(), 0);
    }

    #[test]
    fn json_rows_as_json_lines() {
        let doc = Doc::parse(r#"[{"to": 441, "a": null, "b": true}, 5, {"c": [1]}]"#).unwrap();
        let rows: Vec<Row> = json_rows(&doc, doc.root()).unwrap();
        let first = rows[0].1.as_ref().unwrap();
        let get = |n| value_of(first, n);
        assert_eq!(
            (get("to"), get("a"), get("b")),
            (Some("441"), Some(""), Some("true"))
        );
        assert_eq!(rows[1], (2, Err("not a JSON object: a number".into())));
        assert!(rows[2].1.as_ref().unwrap_err().contains("`c` is an array"));
        let doc = Doc::parse("{}").unwrap();
        assert!(json_rows(&doc, doc.root()).is_none());
    }

    #[test]
    fn requests_close_only_when_the_next_row_does_not_fit() {
        let t = r#"{"variables": [{"name": "to", "sample": "441134960001", "maxLength": 15}],
          "request": {"messages": [{"sender": "S", "content": {"type": "TEXT", "text": "a"}},
            {"sender": "S", "content": {"type": "TEXT", "text": "b"}}], "options": {"schedule": {}}}}"#;
        let c = CompiledTemplate::compile(t, &Options::at(0)).unwrap();
        assert_eq!(c.messages_per_row(), 2);
        let mut b = Batcher::new(5);
        assert!(b.push(&c, "{}", 1).is_none());
        assert!(b.push(&c, "{}", 2).is_none());
        let full = b.push(&c, "{}", 3).unwrap();
        assert_eq!((full.messages, full.rows), (4, vec![1, 2]));
        assert_eq!(
            full.body,
            r#"{"messages":[{},{}],"options":{"schedule":{}}}"#
        );
        let last = b.finish(&c).unwrap();
        assert_eq!((last.messages, last.rows), (2, vec![3]));
        assert!(b.finish(&c).is_none());
    }
}

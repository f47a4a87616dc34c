//! Documentation generated from the schema tables and the limits table, so that the
//! README's rule table cannot drift from the rules (a test compares them).
//!
//! ```
//! let table = rcs_kit::docs::rule_table();
//! assert!(table.contains("`messages[].content(TEXT).text`"));
//! assert!(table.contains(&rcs_kit::limits::SUGGESTION_TEXT.code_over()));
//! ```

use crate::catalogue;
use crate::limits::{Limit, Unit};
use crate::rules::fields;
use crate::schema::{self, Format, Object, Presence, Type};
use std::fmt::Write;

/// The README's rule table: every constrained field of both request bodies, then of the
/// inbound webhooks, then the cross-field rules.
pub fn rule_table() -> String {
    let mut rows = Vec::new();
    let mut seen: Vec<*const Object> = Vec::new();
    for (_, root) in schema::BODIES {
        walk(root, "", &mut seen, &mut rows);
    }
    let mut out = String::new();
    out.push_str("Field rules (from `src/schema/` and `src/limits.rs`). Lengths count Unicode scalar values (a flag emoji is 2), sizes count UTF-8 bytes.\n\n");
    field_rows(&mut out, rows);
    let mut rows = Vec::new();
    for root in schema::webhooks::ALL {
        walk(root, root.name, &mut seen, &mut rows);
    }
    out.push_str("\nInbound webhook field rules (from `src/schema/webhooks/`, checked by `inspect-webhook`; paths start with the body's type). The API adds values and members: other enum values and unknown members are kept, with a warning.\n\n");
    field_rows(&mut out, rows);
    out.push_str("\nCross-field rules (from `src/rules/`; * = a warning that `--strict` turns into an error; advice only with `--advice`).\n\n");
    rule_rows(
        &mut out,
        crate::rules::CROSS_FIELD
            .iter()
            .flat_map(|m| m.iter().copied()),
    );
    out.push_str("\nRules of every field and of the whole body (from `src/rules/fields.rs` and `src/json/rules.rs`).\n\n");
    rule_rows(
        &mut out,
        fields::RULES.iter().chain(crate::json::rules::ALL).copied(),
    );
    out
}

fn field_rows(out: &mut String, rows: Vec<Row>) {
    out.push_str("| Field | Rule | Codes | Source |\n|---|---|---|---|\n");
    for r in merge_variants(rows) {
        let _ = writeln!(
            out,
            "| `{}` | {} | {} | {} |",
            r.path, r.rule, r.codes, r.source
        );
    }
}

fn rule_rows<'r>(out: &mut String, rules: impl Iterator<Item = &'r crate::rule::Rule>) {
    out.push_str("| Code | Severity | Rule | Source |\n|---|---|---|---|\n");
    for r in rules {
        let _ = writeln!(
            out,
            "| `{}` | {} | {} | {} |",
            r.code,
            r.level(),
            match r.limit {
                Some(l) => format!("{} Limit: {}.", r.doc, bound(l)),
                None => r.doc.to_string(),
            },
            r.source
        );
    }
}

/// Rows that differ only in the union variant (`suggestions[](REPLY).text`,
/// `suggestions[](OPEN_URL).text`, ...) become one `suggestions[](*).text` row when every
/// variant has it.
fn merge_variants(rows: Vec<Row>) -> Vec<Row> {
    fn split(path: &str) -> Option<(&str, &str, &str)> {
        let open = path.rfind('(')?;
        let close = open + path.get(open..)?.find(')')?;
        Some((
            path.get(..open)?,
            path.get(open + 1..close)?,
            path.get(close + 1..)?,
        ))
    }
    let mut out: Vec<Row> = Vec::new();
    for row in rows {
        let merged = split(&row.path).and_then(|(base, _, rest)| {
            out.iter_mut().find(|o| {
                split(&o.path).is_some_and(|(b, _, r)| b == base && r == rest)
                    && o.rule == row.rule
                    && o.codes == row.codes
            })
        });
        match merged {
            Some(o) => {
                if let Some((base, _, rest)) = split(&o.path) {
                    o.path = format!("{base}(*){rest}");
                }
            }
            None => out.push(row),
        }
    }
    out
}

struct Row {
    path: String,
    rule: String,
    codes: String,
    source: String,
}

fn walk(obj: &'static Object, prefix: &str, seen: &mut Vec<*const Object>, rows: &mut Vec<Row>) {
    let ptr: *const Object = obj;
    if seen.contains(&ptr) {
        return;
    }
    seen.push(ptr);
    for f in obj.fields {
        let path = if prefix.is_empty() {
            f.name.to_string()
        } else {
            format!("{prefix}.{}", f.name)
        };
        field_row(&path, f.presence, &f.ty, rows);
        descend(&f.ty, &path, seen, rows);
    }
}

fn descend(ty: &'static Type, path: &str, seen: &mut Vec<*const Object>, rows: &mut Vec<Row>) {
    match ty {
        Type::Object(o) => walk(o, path, seen, rows),
        Type::Array(a) => descend(&a.items, &format!("{path}[]"), seen, rows),
        Type::Union(u) => {
            for (tag, o) in u.variants {
                walk(o, &format!("{path}({tag})"), seen, rows);
            }
        }
        Type::Switch(w) => {
            walk(w.absent, path, seen, rows);
            walk(w.present, &format!("{path}(with {})", w.member), seen, rows);
        }
        _ => {}
    }
}

fn range(l: &Limit) -> String {
    let unit = |n: i64| match (l.unit, n) {
        (Unit::Chars, 1) => " character",
        (Unit::Chars, _) => " characters",
        (Unit::Bytes, _) => " bytes",
        (Unit::Items, 1) => " item",
        (Unit::Items, _) => " items",
        _ => "",
    };
    let big = i64::from(i32::MAX);
    match (l.min, l.max) {
        (1, max) if max >= big && l.unit == Unit::Chars => "not empty".to_string(),
        (min, max) if max >= big => format!("at least {min}{}", unit(min)),
        (0, max) => format!("at most {max}{}", unit(max)),
        (min, max) => format!("{min}–{max}{}", unit(max)),
    }
}

/// A cross-field rule's limit as the docs show it: `60–1440 minutes`, `at most 4 items`.
fn bound(l: &Limit) -> String {
    let noun = match (l.unit, l.max) {
        (Unit::Items, 1) => "item",
        (unit, _) => unit.noun(),
    };
    let range = if l.min == 0 {
        format!("at most {}", l.max)
    } else {
        format!("{}–{}", l.min, l.max)
    };
    format!("{range} {noun}").trim_end().to_string()
}

fn source(l: &Limit) -> String {
    let conf = l.confidence.id();
    format!("{} ({conf})", l.source)
}

fn apply_limit(l: &Limit, rule: &mut Vec<String>, src: &mut String) {
    rule.push(range(l));
    *src = source(l);
}

fn field_row(path: &str, presence: Presence, ty: &'static Type, rows: &mut Vec<Row>) {
    let mut rule = Vec::new();
    let mut src = String::new();
    match presence {
        Presence::Required => rule.push("required".to_string()),
        Presence::Expected(_) => rule.push("expected (a warning when missing)".to_string()),
        Presence::Optional => {}
    }
    match ty {
        Type::String(s) => {
            match s.format {
                Format::Any => {}
                Format::HttpUrl { .. } => {
                    rule.push("http(s) URL, RFC 3986".into());
                }
                Format::Phone(_) => {
                    if let Some(l) = s.len {
                        rule.push(format!("optional '+', then {}–{} digits", l.min, l.max));
                        src = source(l);
                    }
                }
                Format::DateTime(_) => {
                    rule.push(
                        "date-time `yyyy-MM-ddTHH:mm:ss.SSS±hhmm` (RFC 3339 offsets accepted)"
                            .into(),
                    );
                }
            }
            if let Some(l) = s.len.filter(|_| !matches!(s.format, Format::Phone(_))) {
                apply_limit(l, &mut rule, &mut src);
            }
        }
        Type::Integer(Some(l)) => {
            rule.push(
                format!("integer, {}–{}", l.min, l.max)
                    .replace(&format!("–{}", i32::MAX), " or more"),
            );
            src = source(l);
        }
        Type::Number(Some(l)) => {
            rule.push(format!("number, {} to {}", l.min, l.max));
            src = source(l);
        }
        Type::Enum(e) if e.open => {
            rule.push(format!("known values {}", e.values.join(", ")));
        }
        Type::Enum(e) => {
            rule.push(format!("one of {}", e.values.join(", ")));
        }
        Type::Array(a) => {
            if let Some(l) = a.count {
                apply_limit(l, &mut rule, &mut src);
            }
        }
        Type::Union(u) if u.open => {
            rule.push(format!("`type` known values {}", u.tags()));
        }
        Type::Union(u) => {
            rule.push(format!("`type` one of {}", u.tags()));
        }
        _ => {}
    }
    if rule.is_empty() {
        return;
    }
    let mut codes: Vec<&str> = catalogue::type_rules(ty).iter().map(|r| r.code).collect();
    if presence != Presence::Optional {
        codes.insert(0, fields::REQUIRED.code);
    }
    // The range of a type (a u32 count) has no rule of its own: outside it is a mismatch.
    if let Type::Integer(Some(l)) | Type::Number(Some(l)) = ty {
        if l.under.is_none() && l.over.is_none() {
            codes.push(fields::TYPE_MISMATCH.code);
        }
    }
    // A union whose missing `type` is `field.required` names it once.
    let mut once = Vec::new();
    codes.retain(|c| {
        let first = !once.contains(c);
        once.push(*c);
        first
    });
    rows.push(Row {
        path: path.to_string(),
        rule: rule.join("; "),
        codes: codes
            .iter()
            .map(|c| format!("`{c}`"))
            .collect::<Vec<_>>()
            .join(" "),
        source: if src.is_empty() {
            "Infobip SDK models (verified)".into()
        } else {
            src
        },
    });
}

//! Every rule rcs-kit declares, gathered from where each is written: the JSON reader, the
//! rules of every field, the tables (limits, enumerations, string formats, union tags) and
//! the cross-field rules. The README's rule table, the TypeScript `IssueCode` union and
//! the tests that hold codes and checks together read this list; none of them needs the
//! walker.
//!
//! ```
//! let all = rcs_kit::catalogue::all();
//! assert!(all.iter().any(|r| r.code.ends_with(".too_long")));
//! // One declaration per code.
//! let mut codes: Vec<_> = all.iter().map(|r| r.code).collect();
//! codes.dedup();
//! assert_eq!(codes.len(), all.len());
//! ```

use crate::rule::Rule;
use crate::schema::{self, Object, Type};

/// Every declared rule, each code once, in a stable order: JSON, fields, the tables of
/// every body (requests, then webhooks, in walk order), the cross-field rules, then the
/// webhook inspector's own.
pub fn all() -> Vec<&'static Rule> {
    let mut out: Vec<&'static Rule> = Vec::new();
    let add = |r: &'static Rule, out: &mut Vec<&'static Rule>| {
        if !out.iter().any(|o| o.code == r.code) {
            out.push(r);
        }
    };
    for r in crate::json::rules::ALL {
        add(r, &mut out);
    }
    for r in crate::rules::fields::RULES {
        add(r, &mut out);
    }
    for r in table_rules() {
        add(r, &mut out);
    }
    for module in crate::rules::CROSS_FIELD {
        for r in *module {
            add(r, &mut out);
        }
    }
    for r in crate::webhooks::RULES {
        add(r, &mut out);
    }
    out
}

/// The rules the tables declare (limits, enumerations, formats, union tags), for every
/// body (the requests of [`schema::BODIES`], the webhooks of [`schema::webhooks::ALL`],
/// then the message template's envelope, then the Messages API's request with the
/// `messages-api` feature: last, so that the rules before it keep their order with the
/// feature on or off), each once, in walk order.
pub fn table_rules() -> Vec<&'static Rule> {
    let mut out = Vec::new();
    let mut seen: Vec<*const Object> = Vec::new();
    #[cfg(feature = "messages-api")]
    let last = [&schema::messages_api::REQUEST];
    #[cfg(not(feature = "messages-api"))]
    let last: [&'static Object; 0] = [];
    let roots = schema::BODIES
        .iter()
        .map(|(_, root)| *root)
        .filter(|root| !last.iter().any(|l| std::ptr::eq(*l, *root)))
        .chain(schema::webhooks::ALL.iter().copied())
        .chain([&schema::template::TEMPLATE])
        .chain(last);
    for root in roots {
        object(root, &mut seen, &mut out);
    }
    out
}

/// The rules of one type, in the order the walk checks them.
pub fn type_rules(ty: &'static Type) -> Vec<&'static Rule> {
    let mut out = Vec::new();
    match ty {
        Type::String(s) => {
            if let Some(l) = s
                .len
                .filter(|_| !matches!(s.format, schema::Format::Phone(_)))
            {
                out.extend(l.under.as_ref());
                out.extend(l.over.as_ref());
            }
            out.extend(s.format.rules());
        }
        Type::Integer(Some(l)) | Type::Number(Some(l)) => {
            out.extend(l.under.as_ref());
            out.extend(l.over.as_ref());
        }
        Type::Array(a) => {
            if let Some(l) = a.count {
                out.extend(l.under.as_ref());
                out.extend(l.over.as_ref());
            }
        }
        Type::Enum(e) => out.push(&e.invalid),
        Type::Union(u) => {
            out.push(&u.invalid);
            out.push(&u.missing);
        }
        Type::Bool
        | Type::Any
        | Type::Integer(None)
        | Type::Number(None)
        | Type::Object(_)
        | Type::Switch(_) => {}
    }
    out.dedup_by(|a, b| a.code == b.code);
    out
}

fn object(obj: &'static Object, seen: &mut Vec<*const Object>, out: &mut Vec<&'static Rule>) {
    let ptr: *const Object = obj;
    if seen.contains(&ptr) {
        return;
    }
    seen.push(ptr);
    for f in obj.fields {
        descend(&f.ty, seen, out);
    }
}

fn descend(ty: &'static Type, seen: &mut Vec<*const Object>, out: &mut Vec<&'static Rule>) {
    for r in type_rules(ty) {
        if !out.iter().any(|o: &&Rule| o.code == r.code) {
            out.push(r);
        }
    }
    match ty {
        Type::Object(o) => object(o, seen, out),
        Type::Array(a) => descend(&a.items, seen, out),
        Type::Union(u) => {
            for (_, o) in u.variants {
                object(o, seen, out);
            }
        }
        Type::Switch(w) => {
            object(w.present, seen, out);
            object(w.absent, seen, out);
        }
        _ => {}
    }
}

/// The declaration of `code`, if rcs-kit has one.
///
/// ```
/// let unknown = rcs_kit::rules::fields::UNKNOWN.code;
/// assert!(rcs_kit::catalogue::find(unknown).is_some_and(|rule| rule.strict));
/// assert!(rcs_kit::catalogue::find("no.such.code").is_none());
/// ```
pub fn find(code: &str) -> Option<&'static Rule> {
    all().into_iter().find(|r| r.code == code)
}

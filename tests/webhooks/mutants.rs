//! Every mutant of every fixture: the checks and the typed model agree.

use crate::common::fixtures;
use rcs_kit::webhooks::*;
use serde_json::{json, Value};

/// Every JSON pointer of `v`'s values, the root excluded.
fn pointers(v: &Value, at: String, out: &mut Vec<String>) {
    match v {
        Value::Object(m) => {
            for (k, x) in m {
                let p = format!("{at}/{}", k.replace('~', "~0").replace('/', "~1"));
                out.push(p.clone());
                pointers(x, p, out);
            }
        }
        Value::Array(a) => {
            for (i, x) in a.iter().enumerate() {
                let p = format!("{at}/{i}");
                out.push(p.clone());
                pointers(x, p, out);
            }
        }
        _ => {}
    }
}

/// Replaces (or, with `None`, removes) the value at `pointer`.
fn mutate(v: &Value, pointer: &str, with: Option<Value>) -> Value {
    let mut v = v.clone();
    let (parent, last) = pointer.rsplit_once('/').unwrap();
    let last = last.replace("~1", "/").replace("~0", "~");
    match (v.pointer_mut(parent).unwrap(), with) {
        (Value::Object(m), None) => {
            m.remove(&last);
        }
        (Value::Object(m), Some(x)) => {
            m.insert(last, x);
        }
        (Value::Array(a), None) => {
            a.remove(last.parse::<usize>().unwrap());
        }
        (Value::Array(a), Some(x)) => {
            a[last.parse::<usize>().unwrap()] = x;
        }
        _ => unreachable!(),
    }
    v
}

#[test]
fn the_checks_and_the_typed_model_agree_on_every_mutant_of_every_fixture() {
    let replacements = [
        None,
        Some(Value::Null),
        Some(json!(-1)),
        Some(json!(1.5)),
        Some(json!(4_294_967_296_u64)),
        Some(json!("x")),
        Some(json!(true)),
        Some(json!([])),
        Some(json!({})),
    ];
    let mut n = 0;
    for (name, body) in fixtures() {
        let Ok(original) = serde_json::from_str::<Value>(&body) else {
            continue;
        };
        let mut all = Vec::new();
        pointers(&original, String::new(), &mut all);
        for p in &all {
            for r in &replacements {
                let mutant = mutate(&original, p, r.clone()).to_string();
                let i = inspect(&mutant);
                n += 1;
                assert!(
                    i.issues.iter().all(|x| x.code != "webhook.model"),
                    "{name} {p} := {r:?}: the checks missed what the model rejects: {:?}",
                    i.issues
                );
                assert_eq!(
                    i.is_well_formed(),
                    i.kind.is_known() && i.errors().next().is_none(),
                    "{name} {p}"
                );
                if i.is_well_formed() {
                    let typed = i
                        .webhook
                        .as_ref()
                        .unwrap_or_else(|| panic!("{name} {p} := {r:?}"));
                    let back = serde_json::to_value(typed).unwrap();
                    let mutant: Value = serde_json::from_str(&mutant).unwrap();
                    // Optional members set to null come back absent; everything else as sent.
                    if r.is_some() && *r != Some(Value::Null) {
                        assert_eq!(back, mutant, "{name} {p} := {r:?}");
                    }
                }
            }
        }
    }
    assert!(n > 4_000, "{n} mutants");
}

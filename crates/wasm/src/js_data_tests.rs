//! `pkg/src/generated/data.js` (and `enums.ts`, its enumerations as const enums) is generated from the Rust tables (op codes, tape tags,
//! enumerations, media types, limits, labels); this test fails when the committed file
//! drifts. `RCS_KIT_BLESS=1 cargo test -p rcs-kit-wasm js_data` rewrites it. The other tests check
//! the labels against the schema and that no hand-written JavaScript spells an enum value.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use crate::js_data::{self, Tables};
use rcs_kit::labels;
use std::path::{Path, PathBuf};

/// The repository (this crate is `crates/wasm`).
fn root() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
}

#[test]
fn committed_data_modules_are_generated() {
    for (rel, fresh) in [
        (js_data::PATH, js_data::module()),
        (js_data::ENUMS_PATH, js_data::enums_module()),
        (js_data::MESSAGES_PATH, js_data::messages_module()),
    ] {
        let path = root().join(rel);
        if std::env::var_os("RCS_KIT_BLESS").is_some() {
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(&path, &fresh).unwrap_or_else(|e| panic!("write {rel}: {e}"));
            continue;
        }
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            committed == fresh,
            "{rel} is out of date: run `RCS_KIT_BLESS=1 cargo test -p rcs-kit-wasm js_data`"
        );
    }
}

#[test]
fn every_field_label_names_a_schema_field() {
    let t = Tables::collect();
    let mut seen = Vec::new();
    for ((object, field), label) in labels::FIELDS {
        assert!(
            t.has_field(object, field),
            "labels::FIELDS has ({object:?}, {field:?}) but the schema has no such field"
        );
        assert!(!label.is_empty(), "({object}, {field}) has an empty label");
        assert!(
            !seen.contains(&(object, field)),
            "({object}, {field}) twice"
        );
        seen.push((object, field));
    }
}

#[test]
fn value_labels_cover_whole_sets_of_real_values() {
    let t = Tables::collect();
    let mut sets: Vec<&str> = Vec::new();
    for ((set, value), _) in labels::VALUES {
        let values = t
            .values(set)
            .unwrap_or_else(|| panic!("labels::VALUES names {set:?}, not an enumeration or union"));
        assert!(
            values.contains(value),
            "labels::VALUES has ({set:?}, {value:?}) but {set} has no such value"
        );
        if !sets.contains(set) {
            sets.push(set);
        }
    }
    // A set the composer offers (it has labels) is offered whole.
    for set in sets {
        for v in t.values(set).unwrap() {
            assert!(
                labels::value(set, v).is_some(),
                "{set} has a label for some values but not for {v:?}"
            );
        }
    }
}

#[test]
fn javascript_names_do_not_collide() {
    let t = Tables::collect();
    let mut names: Vec<String> = t.enums.iter().map(|e| e.name.to_owned()).collect();
    names.extend(t.unions.iter().map(|u| js_data::union_tags_name(u)));
    for (i, n) in names.iter().enumerate() {
        assert!(!names[i + 1..].contains(n), "two enumerations named {n}");
    }
    for e in &t.enums {
        let keys: Vec<String> = e.values.iter().map(|v| js_data::js_key(v)).collect();
        for (i, k) in keys.iter().enumerate() {
            assert!(
                !keys[i + 1..].contains(k),
                "{}: two values keyed {k}",
                e.name
            );
        }
    }
}

// ---------------------------------------------------------------- no enum value by hand

/// String literals that equal an enum value but are not a use of that enum, with why.
const ALLOWED: &[(&str, &str, &str)] = &[
    // (file, literal, reason)
    (
        "www/js/api.js",
        "application/json",
        "the HTTP Content-Type and Accept of the composer's own API call, not a webhook content type",
    ),
];

/// Every enum value and union tag of the tables.
fn enum_values() -> Vec<&'static str> {
    let t = Tables::collect();
    let mut v: Vec<&'static str> = t
        .enums
        .iter()
        .flat_map(|e| e.values.iter().copied())
        .collect();
    for u in &t.unions {
        v.extend(u.variants.iter().map(|(tag, _)| *tag));
    }
    v
}

/// The string literals of JavaScript source `src` with their line numbers: '...', "..."
/// and template literals without substitutions; comments skipped. Good enough for our
/// own sources (a regular expression literal holding a quote yields a harmless stray).
fn string_literals(src: &str) -> Vec<(usize, String)> {
    let chars: Vec<char> = src.chars().collect();
    let mut out = Vec::new();
    let (mut i, mut line) = (0, 1);
    while i < chars.len() {
        let c = chars[i];
        if c == '\n' {
            line += 1;
        }
        if c == '/' && chars.get(i + 1) == Some(&'/') {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
            continue;
        }
        if c == '/' && chars.get(i + 1) == Some(&'*') {
            i += 2;
            while i + 1 < chars.len() && !(chars[i] == '*' && chars[i + 1] == '/') {
                if chars[i] == '\n' {
                    line += 1;
                }
                i += 1;
            }
            i += 2;
            continue;
        }
        if c == '"' || c == '\'' || c == '`' {
            let start_line = line;
            let mut s = String::new();
            let mut j = i + 1;
            let mut closed = false;
            while j < chars.len() {
                let d = chars[j];
                if d == '\\' {
                    if let Some(n) = chars.get(j + 1) {
                        s.push(*n);
                    }
                    j += 2;
                    continue;
                }
                if d == c {
                    closed = true;
                    break;
                }
                if d == '\n' {
                    if c != '`' {
                        break;
                    }
                    line += 1;
                }
                s.push(d);
                j += 1;
            }
            if closed && !(c == '`' && s.contains("${")) {
                out.push((start_line, s));
            }
            i = j + 1;
            continue;
        }
        i += 1;
    }
    out
}

fn js_files() -> Vec<PathBuf> {
    let mut files = vec![root().join("www/app.js")];
    for dir in ["pkg/src", "www/js"] {
        for e in std::fs::read_dir(root().join(dir)).unwrap() {
            let p = e.unwrap().path();
            if p.extension().is_some_and(|x| x == "js") {
                files.push(p);
            }
        }
    }
    files.sort();
    files
}

#[test]
fn no_enum_value_is_spelled_by_hand_in_javascript() {
    let values = enum_values();
    let mut found = Vec::new();
    for file in js_files() {
        let rel = file
            .strip_prefix(root())
            .unwrap()
            .to_string_lossy()
            .into_owned();
        assert_ne!(rel, js_data::PATH);
        let src = std::fs::read_to_string(&file).unwrap();
        for (line, lit) in string_literals(&src) {
            if values.contains(&lit.as_str())
                && !ALLOWED.iter().any(|(f, l, _)| *f == rel && *l == lit)
            {
                found.push(format!("{rel}:{line}: \"{lit}\""));
            }
        }
    }
    assert!(
        found.is_empty(),
        "enum values written by hand in JavaScript (import them from pkg/src/generated/data.js):\n{}",
        found.join("\n")
    );
}

#[test]
fn the_scanner_finds_literals() {
    let lits = string_literals(
        "case \"TEXT\": // \"CARD\"\n/* 'FILE' */ x = 'LEFT' + `RIGHT` + `${a}TALL`;",
    );
    let got: Vec<&str> = lits.iter().map(|(_, s)| s.as_str()).collect();
    assert_eq!(got, ["TEXT", "LEFT", "RIGHT"]);
}

/// The composer's labels come from `labels::FIELDS` through `label(object, field)`: every
/// such call names a label that exists, and no field is given a label written by hand.
/// (`label()` also throws in the page for a missing one, which the end-to-end tests catch.)
#[test]
fn every_field_the_composer_shows_has_a_label() {
    // the form is split over several modules (form.js, form-*.js): read every file of www/js
    let mut files: Vec<PathBuf> = std::fs::read_dir(root().join("www/js"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "js"))
        .collect();
    files.sort();
    let mut calls = 0;
    for file in &files {
        let rel = file
            .strip_prefix(root())
            .unwrap()
            .to_string_lossy()
            .into_owned();
        let src = std::fs::read_to_string(file).unwrap();
        for (i, _) in src.match_indices("label(\"") {
            let rest = &src[i + "label(\"".len()..];
            let Some((object, rest)) = rest.split_once('"') else {
                continue;
            };
            let Some(rest) = rest.strip_prefix(", \"") else {
                continue;
            };
            let Some((field, _)) = rest.split_once('"') else {
                continue;
            };
            calls += 1;
            assert!(
                labels::field(object, field).is_some(),
                "{rel} asks for label(\"{object}\", \"{field}\"), which src/labels.rs lacks"
            );
        }
        for (n, line) in src.lines().enumerate() {
            if line.contains("this.field(") && line.contains("{ label: \"") {
                panic!("{rel}:{}: a field labelled by hand: {}", n + 1, line.trim());
            }
        }
    }
    assert!(calls > 50, "only {calls} label() calls found in www/js");
}

#[test]
fn limits_are_nested_by_id_with_their_unit_and_confidence() {
    // The package's limits() is this table: every limit once, under the head of its id
    // (or as the head itself when no other id shares it), with every field (the source
    // empty, as the module always gave it).
    let js = js_data::module();
    let start = js.find("export const LIMITS = {\n").unwrap();
    let table = &js[start..];
    let table = &table[..table.find("\n};\n").unwrap()];
    let mut seen = 0;
    for l in rcs_kit::limits::ALL {
        let fields = format!(
            "{{ min: {}, max: {}, unit: \"{}\", source: \"\", confidence: \"{}\" }}",
            l.min,
            l.max,
            l.unit.id(),
            l.confidence.id()
        );
        let (block, line) = match l.id.split_once('.') {
            Some((head, tail)) => {
                let start = table
                    .find(&format!("\n  {head}: {{\n"))
                    .unwrap_or_else(|| panic!("no group {head}"));
                let group = &table[start..];
                let end = group.find("\n  },").unwrap_or(group.len());
                (&group[..end], format!("\n    {tail}: {fields},"))
            }
            None => (table, format!("\n  {}: {fields},", l.id)),
        };
        assert_eq!(block.matches(&line).count(), 1, "{}: {line}", l.id);
        seen += 1;
    }
    assert_eq!(seen, rcs_kit::limits::ALL.len());
    assert_eq!(
        table.matches(" confidence: ").count(),
        rcs_kit::limits::ALL.len(),
        "a limit that is not in limits::ALL"
    );
}

#[test]
fn required_when_follows_the_cross_field_rules() {
    let t = Tables::collect();
    let found = js_data::required_when(&t);
    // the one such rule today: OPEN_URL with `application: WEBVIEW` needs `webviewViewMode`
    assert!(
        found.contains(&js_data::RequiredWhen {
            object: "OpenUrlSuggestion",
            field: "webviewViewMode".into(),
            when: "application".into(),
            equals: "WEBVIEW".into(),
        }),
        "{found:?}"
    );
    for r in &found {
        assert!(t.has_field(r.object, &r.field), "{r:?}: no such field");
        assert!(t.has_field(r.object, &r.when), "{r:?}: no such field");
    }
    // every rule whose schema makes a field required under a condition is in the table
    let stated = t
        .objects
        .iter()
        .flat_map(|o| o.rules.iter())
        .flat_map(|c| c.rules.iter())
        .filter(|r| r.schema.contains("\"then\"") && r.schema.contains("\"required\""))
        .count();
    assert!(
        stated > 0 && found.len() >= stated,
        "{stated} rules, {found:?}"
    );
    assert!(js_data::module().contains("export const REQUIRED_WHEN = {\n  OpenUrlSuggestion: {\n    webviewViewMode: { field: \"application\", equals: \"WEBVIEW\" },"));
}

//! Codes and their declarations stay together (issue codes are declared once, as a
//! literal, beside their check; see `rcs_kit::catalogue`):
//!
//! 1. every code that any fixture makes rcs-kit emit is declared;
//! 2. every declared code is emitted by at least one fixture;
//! 3. every declared code is written as a literal exactly once in `src/`, so that
//!    `grep -rn '"<code>"' src` lands on its declaration and nowhere else.
//!
//! The fixtures are every body under `tests/fixtures/` (requests, events, webhooks, legacy
//! and CLI inputs), each validated as it is and with advice on.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use rcs_kit::{catalogue, validate_bytes, webhooks, Options};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// 2027-01-01T00:00:00Z, the fixtures' "now".
const NOW: i64 = 1_798_761_600_000;

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            files(&p, out);
        } else if p.extension().and_then(|e| e.to_str()) == Some("json") {
            out.push(p);
        }
    }
}

/// Every code each fixture makes rcs-kit emit, with one fixture that emits it.
fn emitted() -> BTreeMap<&'static str, String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut paths = Vec::new();
    files(&root, &mut paths);
    assert!(paths.len() > 300, "only {} fixtures found", paths.len());
    let mut out = BTreeMap::new();
    for path in paths {
        let bytes = std::fs::read(&path).unwrap();
        let name = path.strip_prefix(&root).unwrap().display().to_string();
        let mut record = |code: &'static str| {
            out.entry(code).or_insert_with(|| name.clone());
        };
        if name.starts_with("templates") {
            let text = String::from_utf8_lossy(&bytes);
            for advice in [false, true] {
                let opts = Options {
                    advice,
                    ..Options::at(NOW)
                };
                for i in rcs_kit::template::validate_template(&text, &opts)
                    .report
                    .issues()
                {
                    record(i.code);
                }
            }
            continue;
        }
        if name.starts_with("webhooks") {
            let text = String::from_utf8_lossy(&bytes);
            for i in webhooks::inspect(&text).issues {
                record(i.code);
            }
            continue;
        }
        for advice in [false, true] {
            let opts = Options {
                advice,
                ..Options::at(NOW)
            };
            for i in validate_bytes(&bytes, &opts).issues() {
                record(i.code);
            }
        }
    }
    out
}

/// Codes no file can make rcs-kit emit, each with where it is tested instead.
const NOT_FROM_A_FILE: &[(&str, &str)] = &[
    (
        "json.unserializable",
        "only a typed value or a JavaScript value that has no JSON form: src/wasm/api.rs tests, pkg/test",
    ),
    (
        "request.too_large",
        "a body over 10 MB, too large to commit: tests/hostile.rs builds one",
    ),
    (
        "webhook.model",
        "a safety net behind the inspector's checks, which find every shape the model rejects",
    ),
];

#[test]
fn every_emitted_code_is_declared_and_every_declared_code_is_emitted() {
    let declared: BTreeSet<&str> = catalogue::all().iter().map(|r| r.code).collect();
    let emitted = emitted();
    let undeclared: Vec<String> = emitted
        .iter()
        .filter(|(code, _)| !declared.contains(*code))
        .map(|(code, fixture)| format!("{code} (emitted by {fixture})"))
        .collect();
    assert!(
        undeclared.is_empty(),
        "codes emitted but not declared in rcs_kit::catalogue:\n{}",
        undeclared.join("\n")
    );
    let silent: Vec<&str> = declared
        .iter()
        .filter(|code| !emitted.contains_key(*code))
        .filter(|code| !NOT_FROM_A_FILE.iter().any(|(c, _)| c == *code))
        .copied()
        .collect();
    for (code, _) in NOT_FROM_A_FILE {
        assert!(
            declared.contains(code),
            "{code} is exempted but not declared"
        );
        assert!(
            !emitted.contains_key(code),
            "{code} is exempted but a fixture emits it"
        );
    }
    assert!(
        silent.is_empty(),
        "declared codes that no fixture emits (add a fixture under tests/fixtures/):\n{}",
        silent.join("\n")
    );
}

fn rust_sources(dir: &Path, out: &mut Vec<(PathBuf, String)>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let p = entry.unwrap().path();
        if p.is_dir() {
            rust_sources(&p, out);
        } else if p.extension().and_then(|e| e.to_str()) == Some("rs") {
            let text = std::fs::read_to_string(&p).unwrap();
            out.push((p, text));
        }
    }
}

#[test]
fn every_code_is_written_once_in_src() {
    let mut sources = Vec::new();
    rust_sources(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut sources,
    );
    let mut problems = Vec::new();
    for rule in catalogue::all() {
        let quoted = format!("\"{}\"", rule.code);
        let places: Vec<String> = sources
            .iter()
            .flat_map(|(path, text)| {
                text.lines()
                    .enumerate()
                    .filter(|(_, l)| l.contains(&quoted))
                    .map(move |(n, _)| format!("{}:{}", path.display(), n + 1))
            })
            .collect();
        if places.len() != 1 {
            problems.push(format!(
                "{} is written {} times: {}",
                rule.code,
                places.len(),
                places.join(", ")
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn declarations_are_complete() {
    for rule in catalogue::all() {
        assert!(!rule.doc.is_empty(), "{} has no doc", rule.code);
        assert!(!rule.source.is_empty(), "{} has no source", rule.code);
        assert!(
            rule.code.split('.').all(|part| !part.is_empty()
                && part
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')),
            "{} is not a dotted snake_case code",
            rule.code
        );
    }
}

#[test]
fn every_limit_the_walk_checks_declares_the_sides_a_value_can_break() {
    use rcs_kit::limits::Unit;
    let big = i64::from(i32::MAX);
    for rule in catalogue::table_rules() {
        assert!(!rule.code.is_empty());
    }
    // Limits reached by the table walk: both sides that a value can break have a rule.
    for l in rcs_kit::limits::ALL {
        if l.under.is_none() && l.over.is_none() {
            continue; // read by a cross-field rule with codes of its own
        }
        let can_be_under = l.min > 0 || !matches!(l.unit, Unit::Chars | Unit::Items | Unit::Bytes);
        let can_be_over = l.max < big || !matches!(l.unit, Unit::Chars | Unit::Items | Unit::Bytes);
        assert_eq!(l.under.is_some(), can_be_under, "{}: under", l.id);
        assert_eq!(l.over.is_some(), can_be_over, "{}: over", l.id);
    }
}

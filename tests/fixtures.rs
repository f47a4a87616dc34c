//! The shared fixture set in `tests/fixtures/` (see its README.md).
//!
//! * `valid/*.json`: no issue at all (no error, no warning);
//! * `invalid/NAME.json`: exactly the errors listed in `invalid/NAME.expect`;
//! * `warning/NAME.json`: no error, and exactly the warnings listed in `warning/NAME.expect`;
//! * `advice/NAME.json`: validated with advice on (`Options::advice`), no error, and exactly
//!   the warnings listed in `advice/NAME.expect`.
//!
//! Every body is validated at the fixed time 2027-01-01T00:00:00Z. A file that is not UTF-8
//! goes through `validate_bytes`, every other one through `validate_str`. Each folder's test
//! checks every fixture and then fails once, naming every fixture that did not match.

use rcs_kit::validate::parse_date_time;
use rcs_kit::{validate_bytes, validate_str, Options, Report, Severity};
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

const NOW: &str = "2027-01-01T00:00:00Z";

/// Marks an expectation the validator is known not to meet yet (see the README).
const KNOWN_BUG: &str = "#! known-validator-bug:";

fn options() -> Result<Options, String> {
    parse_date_time(NOW)
        .map(Options::at)
        .map_err(|e| format!("cannot parse {NOW}: {e}"))
}

fn folder(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("fixtures")
        .join(name)
}

/// The files of `dir` whose name ends with `.{ext}`, sorted.
fn files(dir: &Path, ext: &str) -> Result<Vec<PathBuf>, String> {
    let entries = fs::read_dir(dir).map_err(|e| format!("cannot list {}: {e}", dir.display()))?;
    let mut out = Vec::new();
    for entry in entries {
        let path = entry
            .map_err(|e| format!("cannot list {}: {e}", dir.display()))?
            .path();
        if path.extension().and_then(|e| e.to_str()) == Some(ext) {
            out.push(path);
        }
    }
    out.sort();
    Ok(out)
}

/// `folder/name.json` as shown in messages.
fn label(path: &Path) -> String {
    let dir = path
        .parent()
        .and_then(Path::file_name)
        .and_then(|n| n.to_str())
        .unwrap_or("?");
    let file = path.file_name().and_then(|n| n.to_str()).unwrap_or("?");
    format!("{dir}/{file}")
}

/// Validates one fixture file: as text when it is UTF-8, as bytes otherwise.
fn validate_file(path: &Path, opts: &Options) -> Result<Report, String> {
    let bytes = fs::read(path).map_err(|e| format!("{}: cannot read: {e}", label(path)))?;
    Ok(match std::str::from_utf8(&bytes) {
        Ok(text) => validate_str(text, opts),
        Err(_) => validate_bytes(&bytes, opts),
    })
}

/// A `.expect` sidecar: the expected `(code, path)` pairs, sorted, and the known-bug note.
struct Expect {
    issues: Vec<(String, String)>,
    known_bug: Option<String>,
}

fn read_expect(json: &Path) -> Result<Expect, String> {
    let path = json.with_extension("expect");
    let text = fs::read_to_string(&path).map_err(|e| {
        format!(
            "{}: cannot read its sidecar {}: {e}",
            label(json),
            label(&path)
        )
    })?;
    let mut issues = Vec::new();
    let mut known_bug = None;
    for line in text.lines() {
        let line = line.trim();
        if let Some(why) = line.strip_prefix(KNOWN_BUG) {
            known_bug = Some(why.trim().to_string());
            continue;
        }
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (code, pointer) = line.split_once(' ').unwrap_or((line, ""));
        let pointer = pointer.trim();
        if !(pointer.is_empty() || pointer.starts_with('/')) || pointer.contains(' ') {
            return Err(format!(
                "{}: bad line {line:?}: write `code /json/pointer` (or `code` alone for the root)",
                label(&path)
            ));
        }
        issues.push((code.to_string(), pointer.to_string()));
    }
    if issues.is_empty() {
        return Err(format!("{}: lists no issue", label(&path)));
    }
    issues.sort();
    Ok(Expect { issues, known_bug })
}

/// The `(code, path)` pairs of the issues of one severity, sorted.
fn found(report: &Report, severity: Severity) -> Vec<(String, String)> {
    let mut v: Vec<(String, String)> = report
        .issues()
        .iter()
        .filter(|i| i.severity == severity)
        .map(|i| (i.code.to_string(), i.path.clone()))
        .collect();
    v.sort();
    v
}

/// What is missing from `found` and what is extra in it, as lines.
fn diff(expected: &[(String, String)], found: &[(String, String)]) -> String {
    let mut count: BTreeMap<&(String, String), i64> = BTreeMap::new();
    for e in expected {
        *count.entry(e).or_default() += 1;
    }
    for f in found {
        *count.entry(f).or_default() -= 1;
    }
    let mut out = String::new();
    for ((code, path), n) in &count {
        let shown = if path.is_empty() { "(root)" } else { path };
        for _ in 0..n.unsigned_abs() {
            let what = if *n > 0 {
                "expected, not reported"
            } else {
                "reported, not expected"
            };
            let _ = writeln!(out, "    {what}: {code} {shown}");
        }
    }
    out
}

fn show(report: &Report) -> String {
    let text = report.to_string();
    if text.is_empty() {
        "    (no issue)\n".to_string()
    } else {
        text.lines().map(|l| format!("    {l}\n")).collect()
    }
}

/// Checks one sidecar fixture; `None` when it matches.
fn check_expected(
    json: &Path,
    severity: Severity,
    opts: &Options,
) -> Result<Option<String>, String> {
    let expect = read_expect(json)?;
    let report = validate_file(json, opts)?;
    let name = label(json);
    let mut problems = String::new();
    if severity == Severity::Warning && !report.is_valid() {
        let _ = writeln!(problems, "  must have no error, but has errors");
    }
    let got = found(&report, severity);
    if got != expect.issues {
        let what = if severity == Severity::Error {
            "errors"
        } else {
            "warnings"
        };
        let _ = write!(
            problems,
            "  {what} differ from the sidecar:\n{}",
            diff(&expect.issues, &got)
        );
    }
    match (&expect.known_bug, problems.is_empty()) {
        (None, true) => Ok(None),
        (None, false) => Ok(Some(format!(
            "{name}:\n{problems}  full report:\n{}",
            show(&report)
        ))),
        // A known validator bug: the mismatch is expected and documented.
        (Some(why), false) => {
            eprintln!("{name}: known validator bug, still present: {why}");
            Ok(None)
        }
        (Some(why), true) => Ok(Some(format!(
            "{name}: marked as a known validator bug ({why}), but the validator now reports exactly the expected issues: delete the `{KNOWN_BUG}` line from its sidecar and the note in tests/fixtures/README.md"
        ))),
    }
}

/// Runs `check` on every `.json` of `folder`, then fails once with every problem.
fn run_folder(name: &str, check: impl Fn(&Path, &Options) -> Result<Option<String>, String>) {
    let mut failures = Vec::new();
    let mut total = 0;
    match (options(), files(&folder(name), "json")) {
        (Ok(opts), Ok(jsons)) => {
            total = jsons.len();
            if jsons.is_empty() {
                failures.push(format!("{name}/ has no fixture"));
            }
            for json in &jsons {
                match check(json, &opts) {
                    Ok(None) => {}
                    Ok(Some(msg)) | Err(msg) => failures.push(msg),
                }
            }
        }
        (Err(e), _) | (_, Err(e)) => failures.push(e),
    }
    assert!(
        failures.is_empty(),
        "{} of {total} fixtures in {name}/ do not match:\n\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn valid_bodies_have_no_issue() {
    run_folder("valid", |json, opts| {
        if json.with_extension("expect").exists() {
            return Err(format!(
                "{}: a valid fixture must not have a .expect sidecar",
                label(json)
            ));
        }
        let report = validate_file(json, opts)?;
        if report.issues().is_empty() {
            Ok(None)
        } else {
            Ok(Some(format!(
                "{}: expected no issue, got:\n{}",
                label(json),
                show(&report)
            )))
        }
    });
}

#[test]
fn invalid_bodies_have_exactly_the_expected_errors() {
    run_folder("invalid", |json, opts| {
        check_expected(json, Severity::Error, opts)
    });
}

#[test]
fn warning_bodies_are_valid_with_exactly_the_expected_warnings() {
    run_folder("warning", |json, opts| {
        check_expected(json, Severity::Warning, opts)
    });
}

#[test]
fn advice_bodies_are_valid_with_exactly_the_expected_warnings_with_advice_on() {
    run_folder("advice", |json, opts| {
        let opts = Options {
            advice: true,
            ..opts.clone()
        };
        check_expected(json, Severity::Warning, &opts)
    });
}

#[test]
fn every_advice_fixture_is_replayed_in_webassembly() {
    // tests/wasm_common/mod.rs includes them by name (a wasm test cannot list a folder).
    let wasm =
        fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/wasm_common/mod.rs"))
            .unwrap_or_default();
    let missing: Vec<String> = files(&folder("advice"), "json")
        .unwrap_or_default()
        .iter()
        .filter_map(|p| p.file_stem().and_then(|s| s.to_str()))
        .filter(|name| !wasm.contains(&format!("\"{name}\"")))
        .map(str::to_owned)
        .collect();
    assert!(
        missing.is_empty(),
        "advice fixtures not in tests/wasm_common/mod.rs: {missing:?}"
    );
}

#[test]
fn every_sidecar_has_a_body() {
    let mut problems = Vec::new();
    for name in ["valid", "invalid", "warning", "advice"] {
        match files(&folder(name), "expect") {
            Ok(expects) => problems.extend(
                expects
                    .iter()
                    .filter(|e| !e.with_extension("json").exists())
                    .map(|e| label(e)),
            ),
            Err(e) => problems.push(e),
        }
    }
    assert!(
        problems.is_empty(),
        "sidecars without a .json body (or unreadable folders): {}",
        problems.join(", ")
    );
}

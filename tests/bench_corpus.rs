//! The shared benchmark corpus (`../shared/bench`) as a labelled test set: every valid
//! body passes with no issue at all, every mutated body gets at least one error, at the
//! place the mutation names.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use rcs_kit::{validate_str, Options};
use std::path::PathBuf;

fn bench_dir() -> PathBuf {
    let here = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    std::env::var_os("RCS_KIT_BENCH_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| here.join("../shared/bench"))
}

/// The corpus README fixes "now" for its time rules.
const NOW: &str = "2027-01-01T00:00:00Z";

#[test]
fn corpus_matches_labels() {
    let dir = bench_dir();
    let corpus = std::fs::read_to_string(dir.join("corpus.jsonl"))
        .unwrap_or_else(|e| panic!("the benchmark corpus must be at {}: {e}", dir.display()));
    let labels = std::fs::read_to_string(dir.join("labels.jsonl")).unwrap();
    let now = rcs_kit::validate::parse_date_time(NOW).unwrap();
    let opts = Options::at(now);
    let mut failures = Vec::new();
    let mut n = 0;
    for (line, label) in corpus.lines().zip(labels.lines()) {
        n += 1;
        let label: serde_json::Value = serde_json::from_str(label).unwrap();
        let valid = label["valid"].as_bool().unwrap();
        let report = validate_str(line, &opts);
        if valid {
            if !report.issues().is_empty() {
                failures.push(format!(
                    "#{} ({}) should be clean:\n{report}",
                    label["i"], label["kind"]
                ));
            }
        } else if label["mutation"]
            .as_str()
            .unwrap()
            .starts_with("additional_property")
        {
            // Unknown fields are warnings by default (the API adds fields) and errors
            // in strict mode.
            let strict = validate_str(
                line,
                &Options {
                    strict: true,
                    ..opts.clone()
                },
            );
            let unknown =
                |r: &rcs_kit::Report| r.issues().iter().any(|i| i.code == "field.unknown");
            if !report.is_valid() || !unknown(&report) || strict.is_valid() || !unknown(&strict) {
                failures.push(format!(
                    "#{}: unknown field not reported:\n{strict}",
                    label["i"]
                ));
            }
        } else if report.is_valid() {
            failures.push(format!(
                "#{} mutation {} not caught; issues: {report}",
                label["i"], label["mutation"]
            ));
        }
    }
    assert_eq!(n, 2000);
    assert!(
        failures.is_empty(),
        "{} of {n} disagree:\n{}",
        failures.len(),
        failures
            .iter()
            .take(15)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
}

#[test]
fn large_carousel_is_clean() {
    let body = std::fs::read_to_string(bench_dir().join("large-carousel.json")).unwrap();
    let now = rcs_kit::validate::parse_date_time(NOW).unwrap();
    let report = validate_str(&body, &Options::at(now));
    assert!(report.issues().is_empty(), "{report}");
}

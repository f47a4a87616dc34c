//! rcs-kit side by side with its peers, natively, on the benchmark corpus: the generated
//! one (`rcs_kit_corpus::Corpus::default_corpus()`, 2,000 bodies from a fixed seed), or
//! the corpus in the directory `RCS_KIT_BENCH_DIR` names, in the format of the reference
//! corpus `../shared/bench` (`cargo xtask bench` sets it, to the generated corpus it wrote
//! or to `--corpus DIR`):
//!
//! - `rcs-kit`: [`rcs_kit::validate_str`] with every issue, "now" fixed at
//!   2027-01-01T00:00:00Z as the corpus README asks;
//! - `jsonschema`: the `jsonschema` crate with rcs-kit's own generated schema
//!   ([`rcs_kit::json_schema::request`], draft 2020-12, formats asserted as ajv-formats
//!   does), compiled once: `serde_json::from_str::<Value>` and then every error counted;
//! - `serde_json-value`: the floor, `serde_json::from_str::<Value>` alone.
//!
//! Two groups: `corpus` (one iteration validates all 2,000 bodies; divide by the number of
//! lines for ns/payload) and `large-carousel` (the maximal 10-card carousel, compacted
//! to one line as the corpus is). `cargo xtask bench` runs this, reads criterion's
//! estimates and writes `bench/RESULTS.md`.

#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

use criterion::{Criterion, SamplingMode, Throughput};
use rcs_kit::{validate_str, Options};
use rcs_kit_corpus::Corpus;
use serde_json::Value;
use std::hint::black_box;
use std::path::PathBuf;
use std::time::Duration;

/// 2027-01-01T00:00:00Z in milliseconds since the epoch: the corpus's "now".
const NOW_MS: i64 = rcs_kit_corpus::NOW_MS;

/// The corpus: the one in `RCS_KIT_BENCH_DIR` when set, the generated one otherwise.
fn corpus() -> (Corpus, String) {
    match std::env::var_os("RCS_KIT_BENCH_DIR").map(PathBuf::from) {
        Some(dir) => {
            let corpus = Corpus::read_dir(&dir).unwrap_or_else(|e| {
                panic!("RCS_KIT_BENCH_DIR={} is not a corpus: {e}", dir.display())
            });
            (corpus, dir.display().to_string())
        }
        None => (
            Corpus::default_corpus(),
            "generated (rcs_kit_corpus::Corpus::default_corpus())".to_owned(),
        ),
    }
}

/// The JSON text without the whitespace between tokens (strings kept byte for byte, keys
/// in their order).
fn compact(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    let (mut in_string, mut escaped) = (false, false);
    for c in json.chars() {
        if in_string {
            out.push(c);
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
            }
        } else if !matches!(c, ' ' | '\t' | '\n' | '\r') {
            in_string = c == '"';
            out.push(c);
        }
    }
    out
}

fn jsonschema_validator() -> jsonschema::Validator {
    jsonschema::options()
        .with_draft(jsonschema::Draft::Draft202012)
        .should_validate_formats(true)
        .build(&rcs_kit::json_schema::request())
        .expect("rcs-kit's JSON Schema compiles")
}

fn rcs_kit_issues(body: &str, opts: &Options) -> usize {
    validate_str(body, opts).issues().len()
}

fn jsonschema_errors(body: &str, schema: &jsonschema::Validator) -> usize {
    match serde_json::from_str::<Value>(body) {
        Ok(v) => schema.iter_errors(&v).count(),
        Err(_) => 1,
    }
}

fn floor(body: &str) -> usize {
    serde_json::from_str::<Value>(body).map_or(0, |v| usize::from(v.is_object()))
}

fn benches(c: &mut Criterion) {
    let (corpus, which) = corpus();
    let lines: Vec<&str> = corpus.bodies.iter().map(|b| b.json.as_str()).collect();
    let bytes: usize = lines.iter().map(|l| l.len() + 1).sum();
    let carousel = compact(&corpus.large_carousel);
    let opts = Options::at(NOW_MS);
    let schema = jsonschema_validator();

    // What each side finds, once, so that a reader can see they did the work.
    let rcs_invalid = lines
        .iter()
        .filter(|l| !validate_str(l, &opts).is_valid())
        .count();
    let schema_invalid = lines
        .iter()
        .filter(|l| jsonschema_errors(l, &schema) > 0)
        .count();
    eprintln!(
        "corpus {which}: {} bodies, {} bytes; rcs-kit finds {rcs_invalid} invalid, the jsonschema crate {schema_invalid}; large carousel: {} bytes compact, rcs-kit {} issues, jsonschema {} errors",
        lines.len(),
        bytes,
        carousel.len(),
        rcs_kit_issues(&carousel, &opts),
        jsonschema_errors(&carousel, &schema),
    );

    let mut group = c.benchmark_group("corpus");
    // One iteration is the whole corpus (tens of milliseconds): equal-sized samples.
    group
        .sampling_mode(SamplingMode::Flat)
        .sample_size(20)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(4))
        .throughput(Throughput::Elements(lines.len() as u64));
    group.bench_function("rcs-kit", |b| {
        b.iter(|| {
            lines
                .iter()
                .map(|l| rcs_kit_issues(black_box(l), &opts))
                .sum::<usize>()
        })
    });
    group.bench_function("jsonschema", |b| {
        b.iter(|| {
            lines
                .iter()
                .map(|l| jsonschema_errors(black_box(l), &schema))
                .sum::<usize>()
        })
    });
    group.bench_function("serde_json-value", |b| {
        b.iter(|| lines.iter().map(|l| floor(black_box(l))).sum::<usize>())
    });
    group.finish();

    let mut group = c.benchmark_group("large-carousel");
    group
        .sample_size(50)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3))
        .throughput(Throughput::Bytes(carousel.len() as u64));
    group.bench_function("rcs-kit", |b| {
        b.iter(|| rcs_kit_issues(black_box(&carousel), &opts))
    });
    group.bench_function("jsonschema", |b| {
        b.iter(|| jsonschema_errors(black_box(&carousel), &schema))
    });
    group.bench_function("serde_json-value", |b| {
        b.iter(|| floor(black_box(&carousel)))
    });
    group.finish();
}

fn main() {
    let mut c = Criterion::default().configure_from_args();
    benches(&mut c);
    c.final_summary();
}

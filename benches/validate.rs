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
//! - `serde_json-value`: the floor, `serde_json::from_str::<Value>` alone;
//! - `rcs-kit-parsed`: [`rcs_kit::validate::validate_doc`] on documents parsed beforehand,
//!   the rules alone (no parse): with the browser's cost of getting a body into the module
//!   (`cargo xtask bench` measures it in Chromium), the bound of what a WebAssembly module
//!   as fast as native code could do.
//!
//! Three groups: `corpus` (one iteration validates all 2,000 bodies; divide by the number
//! of lines for ns/payload), `large-carousel` (the maximal 10-card carousel, compacted
//! to one line as the corpus is) and `template` (10,000 audience rows of
//! `tests/fixtures/templates/shipping.json`: `render+validate` renders each row with
//! [`rcs_kit::template::CompiledTemplate`] and validates it as a request, as
//! `rcs-kit render` does; `validate-rendered` validates the same 10,000 requests
//! rendered beforehand, the plain validator's rate on the same messages). `cargo xtask bench` runs this, reads criterion's
//! estimates and writes `bench/RESULTS.md`.

#![allow(
    clippy::expect_used,
    clippy::unwrap_used,
    clippy::panic,
    clippy::indexing_slicing
)]

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

fn rcs_kit_parsed_issues(doc: &rcs_kit::json::Doc<'_>, opts: &Options) -> usize {
    rcs_kit::validate::validate_doc(doc, opts).issues().len()
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
    let docs: Vec<rcs_kit::json::Doc<'_>> = lines
        .iter()
        .filter_map(|l| rcs_kit::json::Doc::parse(l).ok())
        .collect();
    // Bodies that are not JSON (none in the reference corpus) cost nothing here: this is
    // a bound from below. Per payload is still over every line.
    group.bench_function("rcs-kit-parsed", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| rcs_kit_parsed_issues(black_box(d), &opts))
                .sum::<usize>()
        })
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
    let doc = rcs_kit::json::Doc::parse(&carousel).expect("the large carousel is JSON");
    group.bench_function("rcs-kit-parsed", |b| {
        b.iter(|| rcs_kit_parsed_issues(black_box(&doc), &opts))
    });
    group.finish();
}

/// The template group: rendering rows and validating them, beside validating the same
/// messages rendered beforehand.
fn template_benches(c: &mut Criterion, opts: &Options) {
    use rcs_kit::template::CompiledTemplate;
    let text = std::fs::read_to_string(
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/templates/shipping.json"),
    )
    .expect("the shipping template");
    let template = CompiledTemplate::compile(&text, opts).expect("a valid template");
    let names = [
        "Ada",
        "Grace",
        "Zoë",
        "Åsa",
        "Margaret",
        "Hedy",
        "Katherine",
    ];
    let rows: Vec<[String; 4]> = (0..10_000u64)
        .map(|i| {
            [
                format!("4411349{:05}", i % 100_000),
                names[(i % 7) as usize].to_string(),
                format!("A-{i}"),
                if i % 3 == 0 {
                    String::new()
                } else {
                    "DPD".into()
                },
            ]
        })
        .collect();
    let keys = ["to", "firstName", "orderId", "carrier"];
    let render = |row: &[String; 4], out: &mut String| {
        out.clear();
        template.render_messages(
            &|n| keys.iter().position(|k| *k == n).map(|i| row[i].as_str()),
            out,
        );
        template.request(out)
    };
    let mut buf = String::new();
    let rendered: Vec<String> = rows.iter().map(|r| render(r, &mut buf)).collect();
    assert!(rendered.iter().all(|r| validate_str(r, opts).is_valid()));
    let mut group = c.benchmark_group("template");
    group
        .sampling_mode(SamplingMode::Flat)
        .sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(4))
        .throughput(Throughput::Elements(rows.len() as u64));
    group.bench_function("render+validate", |b| {
        let mut buf = String::new();
        b.iter(|| {
            rows.iter()
                .filter(|r| validate_str(&render(black_box(r), &mut buf), opts).is_valid())
                .count()
        })
    });
    group.bench_function("validate-rendered", |b| {
        b.iter(|| {
            rendered
                .iter()
                .filter(|r| validate_str(black_box(r), opts).is_valid())
                .count()
        })
    });
    group.finish();
}

fn main() {
    let mut c = Criterion::default().configure_from_args();
    benches(&mut c);
    template_benches(&mut c, &Options::at(NOW_MS));
    c.final_summary();
}

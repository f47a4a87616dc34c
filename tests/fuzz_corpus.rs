//! Replays the fuzzers' corpora and every crash they ever found (`fuzz/corpus/<target>/`,
//! `fuzz/artifacts/<target>/`) through the same checks the fuzz targets run, on stable,
//! in every `cargo xtask test`.
#![cfg(not(target_arch = "wasm32"))]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

#[path = "../fuzz/src/decode.rs"]
#[allow(dead_code)]
mod decode;

#[path = "../fuzz/src/convert.rs"]
mod convert;

use std::path::Path;

fn replay(target: &str, check: fn(&[u8])) -> usize {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz");
    let mut n = 0;
    for dir in ["corpus", "artifacts"] {
        let Ok(entries) = std::fs::read_dir(root.join(dir).join(target)) else {
            continue;
        };
        for e in entries {
            let path = e.unwrap().path();
            let data = std::fs::read(&path).unwrap();
            let result = std::panic::catch_unwind(|| check(&data));
            assert!(result.is_ok(), "{} fails its fuzz check", path.display());
            n += 1;
        }
    }
    n
}

#[test]
fn validate_bytes_corpus() {
    assert!(replay("validate_bytes", decode::check_bytes) > 100);
}

#[test]
fn validate_structured_corpus() {
    replay("validate_structured", |d| {
        let _ = decode::check_structured(d);
    });
}

#[test]
fn builder_corpus() {
    replay("builder", |d| {
        let _ = decode::check_builder(d);
    });
}

#[test]
fn stand_in_corpus() {
    replay("stand_in", |d| {
        let _ = decode::check_stand_in(d);
    });
}

#[test]
fn capability_corpus() {
    assert!(
        replay("capability", |d| {
            let _ = decode::check_capability(d);
        }) > 20
    );
}

/// The capability target's invariants on 3,000 seeded random inputs, on stable (the
/// fuzzer explores further in CI): the generated bodies reach every table.
#[test]
fn capability_seeded_inputs() {
    let mut state: u64 = 0x5eed_0015;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    for i in 0..3000 {
        let len = [64, 256, 1024, 4096][i % 4];
        let data: Vec<u8> = (0..len).map(|_| next() as u8).collect();
        let _ = decode::check_capability(&data);
    }
}

#[test]
fn template_corpus() {
    replay("template", |d| {
        let _ = decode::check_template(d);
    });
}

/// The template target's invariants on 1,000 seeded random inputs, on stable.
#[test]
fn template_seeded_inputs() {
    let mut state: u64 = 0x5eed_0018;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    for i in 0..1000 {
        let len = [64, 256, 1024, 4096][i % 4];
        let data: Vec<u8> = (0..len).map(|_| next() as u8).collect();
        let _ = decode::check_template(&data);
    }
}

#[test]
fn convert_corpus() {
    assert!(
        replay("convert", |d| {
            let _ = convert::check_convert(d);
        }) >= 10
    );
}

/// The converter target's invariants on 2,000 seeded random inputs, on stable: bodies of
/// both APIs generated from their tables, converted both ways.
#[test]
fn convert_seeded_inputs() {
    let mut state: u64 = 0x5eed_0019;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    for i in 0..2000 {
        let len = [64, 256, 1024, 4096][i % 4];
        let mut data: Vec<u8> = (0..len).map(|_| next() as u8).collect();
        if let Some(mode) = data.first_mut() {
            *mode |= 1;
        }
        let _ = convert::check_convert(&data);
    }
}

//! Writes a generated corpus in the reference format and prints its stats:
//!
//!     cargo run --release -p rcs-kit-corpus --example write -- DIR [SEED [N]]

use rcs_kit_corpus::{Corpus, DEFAULT_SEED, DEFAULT_SIZE};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(dir) = args.first().map(PathBuf::from) else {
        eprintln!("usage: write DIR [SEED [N]]");
        return ExitCode::from(2);
    };
    let seed = args
        .get(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(DEFAULT_SEED);
    let n = args
        .get(2)
        .and_then(|s| s.parse().ok())
        .unwrap_or(DEFAULT_SIZE);
    let started = Instant::now();
    let corpus = Corpus::generate(seed, n);
    let took = started.elapsed();
    if let Err(e) = corpus.write_dir(&dir) {
        eprintln!("cannot write {}: {e}", dir.display());
        return ExitCode::FAILURE;
    }
    println!("seed {seed}: {:?}, generated in {took:.2?}", corpus.stats());
    ExitCode::SUCCESS
}

//! What the fuzz targets do with their input, shared with the regression test that
//! replays the corpus on stable (`tests/fuzz_corpus.rs` includes `decode.rs`).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

pub mod convert;
pub mod decode;

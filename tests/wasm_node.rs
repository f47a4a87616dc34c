//! The core as WebAssembly in Node (wasm-bindgen-test; `cargo xtask test` runs it).
#![cfg(target_arch = "wasm32")]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

mod wasm_common;

//! The core as WebAssembly in headless Chromium (wasm-bindgen-test with chromedriver;
//! `cargo xtask test` runs it).
#![cfg(target_arch = "wasm32")]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);

mod wasm_common;

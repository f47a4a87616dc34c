//! The WebAssembly exports behind the npm package (`pkg/`).
//!
//! Strings cross the boundary, nothing else: the JavaScript wrapper turns a payload object
//! into JSON text with the engine's own `JSON.stringify` and parses the report with
//! `JSON.parse`, which are faster than walking JavaScript objects from WebAssembly and keep
//! a JSON serializer out of the module. The rules live in Rust only; [`api`] holds the
//! logic so that native tests cover it.

pub mod api;

#[cfg(target_arch = "wasm32")]
mod exports {
    use super::api;
    use wasm_bindgen::prelude::*;

    /// `validate(payloadJson, optionsJson)` → report JSON, or `{"error": ...}`.
    #[wasm_bindgen(js_name = validateJson, skip_typescript)]
    pub fn validate_json(payload: &str, options: &str) -> String {
        api::validate_json(payload, options)
    }

    /// The report for a payload that `JSON.stringify` rejected.
    #[wasm_bindgen(js_name = unserializableJson, skip_typescript)]
    pub fn unserializable_json(reason: &str) -> String {
        api::unserializable_json(reason)
    }

    /// The limits table as JSON.
    #[wasm_bindgen(js_name = limitsJson, skip_typescript)]
    pub fn limits_json() -> String {
        api::limits_json()
    }

    /// The crate version.
    #[wasm_bindgen(skip_typescript)]
    pub fn version() -> String {
        env!("CARGO_PKG_VERSION").to_string()
    }
}

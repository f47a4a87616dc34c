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
    use std::sync::{Mutex, Once};
    use wasm_bindgen::prelude::*;

    /// The message of the last panic. A panic is a bug (input never causes one by
    /// design); the module aborts, and the wrapper reads this to throw an `Error` that
    /// says what happened, then instantiates the module afresh.
    static LAST_PANIC: Mutex<String> = Mutex::new(String::new());
    static HOOK: Once = Once::new();

    fn install_hook() {
        HOOK.call_once(|| {
            std::panic::set_hook(Box::new(|info| {
                if let Ok(mut last) = LAST_PANIC.lock() {
                    *last = info.to_string();
                }
            }));
        });
    }

    /// The message of the last panic, if any.
    #[wasm_bindgen(js_name = lastPanic, skip_typescript)]
    pub fn last_panic() -> String {
        LAST_PANIC.lock().map(|s| s.clone()).unwrap_or_default()
    }

    /// `validate(payloadJson, optionsJson)` → report JSON, or `{"error": ...}`.
    #[wasm_bindgen(js_name = validateJson, skip_typescript)]
    pub fn validate_json(payload: &str, options: &str) -> String {
        install_hook();
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

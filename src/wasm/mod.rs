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

    /// The one export: `op` selects what to do with the string arguments, and the answer
    /// is a string (JSON where structured). One export keeps the module small (each
    /// export costs a wasm-bindgen wrapper). Ops: 0 validate(payload, options),
    /// 1 unserializable(reason), 2 limits, 3 billing(payload, market), 4 sms(text),
    /// 5 failover text(payload), 6 version, 7 last panic message.
    #[wasm_bindgen(skip_typescript)]
    pub fn call(op: u32, a: &str, b: &str) -> String {
        install_hook();
        match op {
            0 => api::validate_json(a, b),
            1 => api::unserializable_json(a),
            2 => api::limits_json(),
            3 => api::billing_json(a, b),
            4 => api::sms_json(a),
            5 => api::failover_text_json(a),
            6 => env!("CARGO_PKG_VERSION").to_string(),
            7 => LAST_PANIC.lock().map(|s| s.clone()).unwrap_or_default(),
            _ => String::new(),
        }
    }
}

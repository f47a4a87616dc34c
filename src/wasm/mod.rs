//! The WebAssembly exports behind the npm package (`pkg/`).
//!
//! Strings and arrays of numbers cross the boundary: a payload arrives as JSON text, or, for
//! a JavaScript object, as a tape the wrapper writes in one walk (`crate::json::tape`:
//! structure and short ASCII strings copied in, other strings fetched only when a rule reads
//! them); the report leaves as JSON text for `JSON.parse`. That keeps a JSON serializer and
//! JavaScript object access out of the module. The rules live in Rust only; [`api`] holds the
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

    /// Op 8: panics on purpose, so that a test can check that the wrapper recovers (input
    /// never causes a panic, so nothing else can exercise that path).
    #[allow(clippy::panic)]
    fn deliberate_panic() -> String {
        panic!("a deliberate panic (op 8, the wrapper's recovery test)")
    }

    /// The one export: `op` selects what to do with the string arguments, and the answer
    /// is a string (JSON where structured). One export keeps the module small (each
    /// export costs a wasm-bindgen wrapper). Ops: 0 validate(payload, options),
    /// 1 unserializable(reason), 2 limits, 3 billing(payload, market), 4 sms(text),
    /// 5 failover text(payload), 6 version, 7 last panic message, 8 panic on purpose.
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
            8 => deliberate_panic(),
            _ => String::new(),
        }
    }

    #[wasm_bindgen]
    extern "C" {
        /// The strings a tape left out (the wrapper's `Host`).
        pub type Strings;
        /// The text of string `index`.
        #[wasm_bindgen(method, structural)]
        fn text(this: &Strings, index: u32) -> Option<String>;
        /// The number of characters of string `index` (the wrapper counts them).
        #[wasm_bindgen(method, structural)]
        fn chars(this: &Strings, index: u32) -> Option<u32>;
    }

    /// Validates a payload object walked into a tape by the wrapper (see
    /// `rcs_kit::json::tape`): `strings` holds the `count` strings the tape left out, fetched
    /// only when a rule reads them. The answer is [`api::validate_tape_json`]'s.
    #[wasm_bindgen(skip_typescript, js_name = validateTape)]
    pub fn validate_tape(
        words: &[u32],
        text: &[u8],
        strings: &Strings,
        count: u32,
        options: &str,
    ) -> String {
        install_hook();
        let fetch = |i: u32| strings.text(i);
        let chars = |i: u32| strings.chars(i).map(|n| n as usize);
        let host = crate::json::tape::HostStrings::new(&fetch, count).counting(&chars);
        api::validate_tape_json(words, text, &host, options)
    }
}

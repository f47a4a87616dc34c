//! The WebAssembly exports behind the npm package (`pkg/`).
//!
//! Strings and arrays of numbers cross the boundary: a payload arrives as JSON text, or, for
//! a JavaScript object, as a tape the wrapper writes in one walk (`rcs_kit::json::tape`:
//! structure and short ASCII strings copied in, other strings fetched only when a rule reads
//! them); the report leaves as JSON text for `JSON.parse`. That keeps a JSON serializer and
//! JavaScript object access out of the module. The rules live in Rust only; [`api`] holds the
//! logic so that native tests cover it. [`Op`] numbers the operations of the one export;
//! the package's JavaScript gets those numbers from `pkg/src/generated/data.js`, which
//! [`js_data`] writes from the same table (natively).
#![forbid(unsafe_code)]

// Crate-private: only `call` reaches it, so LTO inlines it as when the module was private.
#[cfg(any(target_arch = "wasm32", test))]
pub(crate) mod api;
#[cfg(not(target_arch = "wasm32"))]
pub mod js_data;
#[cfg(test)]
mod js_data_tests;

/// An operation of the module's one export, `call(op, a, b)`. The discriminant is the
/// number JavaScript passes: written here once, matched by `call` and written by the generator.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u32)]
pub enum Op {
    /// validate(payload, options): the report as JSON.
    Validate = 0,
    /// unserializable(reason, pointer): the report for a payload JavaScript cannot read or
    /// write as JSON, at the pointer of the value that failed.
    Unserializable = 1,
    /// billing(payload, market).
    Billing = 2,
    /// sms(text): SMS parts.
    Sms = 3,
    /// failover text(payload).
    FailoverText = 4,
    /// The crate version.
    Version = 5,
    /// The message of the last panic.
    LastPanic = 6,
    /// Panics on purpose (the wrapper's recovery test).
    Panic = 7,
}

impl Op {
    /// Every operation, in the order of their numbers.
    pub const ALL: [Op; 8] = [
        Op::Validate,
        Op::Unserializable,
        Op::Billing,
        Op::Sms,
        Op::FailoverText,
        Op::Version,
        Op::LastPanic,
        Op::Panic,
    ];

    /// The number JavaScript passes for this operation.
    pub const fn code(self) -> u32 {
        self as u32
    }

    /// Its name in JavaScript: `OP_<NAME>` in the generated data module (names stay out
    /// of the WebAssembly build, which never asks for them).
    pub const fn js_name(self) -> &'static str {
        match self {
            Op::Validate => "VALIDATE",
            Op::Unserializable => "UNSERIALIZABLE",
            Op::Billing => "BILLING",
            Op::Sms => "SMS",
            Op::FailoverText => "FAILOVER_TEXT",
            Op::Version => "VERSION",
            Op::LastPanic => "LAST_PANIC",
            Op::Panic => "PANIC",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Op;

    #[test]
    fn every_op_is_listed_once_in_code_order() {
        for (i, op) in Op::ALL.iter().enumerate() {
            assert_eq!(op.code() as usize, i, "{op:?}");
        }
    }
}

#[cfg(target_arch = "wasm32")]
mod exports {
    use super::{api, Op};
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

    /// [`Op::Panic`]: panics on purpose, so that a test can check that the wrapper recovers (input
    /// never causes a panic, so nothing else can exercise that path).
    #[allow(clippy::panic)]
    fn deliberate_panic() -> String {
        panic!("a deliberate panic (op PANIC, the wrapper's recovery test)")
    }

    /// The one export: `op` selects what to do with the string arguments, and the answer
    /// is a string (JSON where structured). One export keeps the module small (each
    /// export costs a wasm-bindgen wrapper). The ops are [`Op`]'s.
    #[wasm_bindgen(skip_typescript)]
    pub fn call(op: u32, a: &str, b: &str) -> String {
        install_hook();
        // `Op`'s numbers as patterns: a plain `match` on the number compiles to the
        // smallest module (a jump table).
        const VALIDATE: u32 = Op::Validate.code();
        const UNSERIALIZABLE: u32 = Op::Unserializable.code();
        const BILLING: u32 = Op::Billing.code();
        const SMS: u32 = Op::Sms.code();
        const FAILOVER_TEXT: u32 = Op::FailoverText.code();
        const VERSION: u32 = Op::Version.code();
        const LAST_PANIC_OP: u32 = Op::LastPanic.code();
        const PANIC: u32 = Op::Panic.code();
        match op {
            VALIDATE => api::validate_json(a, b),
            UNSERIALIZABLE => api::unserializable_json(a, b),
            BILLING => api::billing_json(a, b),
            SMS => api::sms_json(a),
            FAILOVER_TEXT => api::failover_text_json(a),
            VERSION => env!("CARGO_PKG_VERSION").to_string(),
            LAST_PANIC_OP => LAST_PANIC.lock().map(|s| s.clone()).unwrap_or_default(),
            PANIC => deliberate_panic(),
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
        let host = rcs_kit::json::tape::HostStrings::new(&fetch, count).counting(&chars);
        api::validate_tape_json(words, text, &host, options)
    }
}

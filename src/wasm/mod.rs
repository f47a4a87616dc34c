//! The WebAssembly exports behind the npm package (`pkg/`).
//!
//! Strings and arrays of numbers cross the boundary: a payload arrives as JSON text, or, for
//! a JavaScript object, as a tape the wrapper writes in one walk (`crate::json::tape`:
//! structure and short ASCII strings copied in, other strings fetched only when a rule reads
//! them); the report leaves as JSON text for `JSON.parse`. That keeps a JSON serializer and
//! JavaScript object access out of the module. The rules live in Rust only; [`api`] holds the
//! logic so that native tests cover it. [`Op`] numbers the operations of the one export;
//! the package's JavaScript gets those numbers from `pkg/src/generated/data.js`, which
//! [`crate::js_data`] writes from the same table.

#[cfg(any(target_arch = "wasm32", test))]
pub mod api;

/// An operation of the module's one export, `call(op, a, b)`. The discriminant is the
/// number JavaScript passes: written here once, read by `call` and by the generator.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u32)]
pub enum Op {
    /// validate(payload, options): the report as JSON.
    Validate = 0,
    /// unserializable(reason): the report for a payload JavaScript cannot write as JSON.
    Unserializable = 1,
    /// The limits table as JSON.
    Limits = 2,
    /// billing(payload, market).
    Billing = 3,
    /// sms(text): SMS parts.
    Sms = 4,
    /// failover text(payload).
    FailoverText = 5,
    /// The crate version.
    Version = 6,
    /// The message of the last panic.
    LastPanic = 7,
    /// Panics on purpose (the wrapper's recovery test).
    Panic = 8,
}

impl Op {
    /// Every operation, in the order of their numbers.
    pub const ALL: [Op; 9] = [
        Op::Validate,
        Op::Unserializable,
        Op::Limits,
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

    /// The operation numbered `code`, if any.
    pub fn from_code(code: u32) -> Option<Op> {
        Op::ALL
            .get(code as usize)
            .copied()
            .filter(|op| op.code() == code)
    }

    /// Its name in JavaScript: `OP_<NAME>` in the generated data module (names stay out
    /// of the WebAssembly build, which never asks for them).
    pub const fn js_name(self) -> &'static str {
        match self {
            Op::Validate => "VALIDATE",
            Op::Unserializable => "UNSERIALIZABLE",
            Op::Limits => "LIMITS",
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
    fn every_op_is_found_by_its_code() {
        for op in Op::ALL {
            assert_eq!(Op::from_code(op.code()), Some(op));
        }
        assert_eq!(Op::from_code(Op::ALL.len() as u32), None);
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
        match Op::from_code(op) {
            Some(Op::Validate) => api::validate_json(a, b),
            Some(Op::Unserializable) => api::unserializable_json(a),
            Some(Op::Limits) => api::limits_json(),
            Some(Op::Billing) => api::billing_json(a, b),
            Some(Op::Sms) => api::sms_json(a),
            Some(Op::FailoverText) => api::failover_text_json(a),
            Some(Op::Version) => env!("CARGO_PKG_VERSION").to_string(),
            Some(Op::LastPanic) => LAST_PANIC.lock().map(|s| s.clone()).unwrap_or_default(),
            Some(Op::Panic) => deliberate_panic(),
            None => String::new(),
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

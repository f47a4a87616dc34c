//! The WebAssembly exports behind the npm package (`pkg/`).
//!
//! Strings and arrays of numbers cross the boundary: a payload arrives as JSON text, as the
//! bytes of its UTF-8 text (a `Buffer`, `Uint8Array`, `ArrayBuffer` or `DataView`, copied
//! into the module's memory as they are), or, for a JavaScript object, as a tape the wrapper writes in one walk (`rcs_kit::json::tape`:
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
#[cfg(all(any(target_arch = "wasm32", test), any(feature = "templates", test)))]
pub(crate) mod template;

/// An operation of the module's exports `call(op, a, b)` and `callBytes(op, bytes, b, size)`.
/// The module of the validate-only entry (built without the `extras` feature) answers
/// [`Op::Billing`], [`Op::Sms`] and [`Op::FailoverText`] with
/// `""`; only the module built with the `templates` feature (the entry `rcs-kit/template`)
/// answers [`Op::Template`] and [`Op::Render`], and only the module built with the
/// `messages-api` feature (the entry `rcs-kit/messages-api`) [`Op::ToMessagesApi`] and
/// [`Op::FromMessagesApi`]; the others answer `""`: their entries' JavaScript never asks for them. The discriminant is the
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
    /// validateTemplate(template, options): the template's report and room, as JSON.
    Template = 8,
    /// renderTemplate(template, options + rows): the audience's requests and reports.
    Render = 9,
    /// toMessagesApi(request): `{output, notes}` (`rcs_kit::convert::Conversion::to_json`).
    ToMessagesApi = 10,
    /// fromMessagesApi(request): `{output, notes}`.
    FromMessagesApi = 11,
    /// The keys the generated catalogue leaves out, one a line by id: the keys that are
    /// rule codes, which the module carries anyway (`rcs_kit::message::wire_keys`); an
    /// empty line for the others, which the generated catalogue names.
    MessageKeys = 12,
    /// validate(text, options) for JSON text the wrapper has not checked for lone
    /// surrogates: `""` when the text holds U+FFFD, the character a lone surrogate becomes
    /// on its way into the module (the wrapper then looks for one and asks
    /// [`Op::Validate`]); otherwise [`Op::Validate`]'s report. Finding U+FFFD in the
    /// UTF-8 here costs a fraction of a check of every UTF-16 unit in JavaScript
    /// (`String.prototype.isWellFormed`, about 1 ns a unit, 5 % of `validate(jsonString)`).
    ValidateText = 13,
}

impl Op {
    /// Every operation, in the order of their numbers.
    pub const ALL: [Op; 14] = [
        Op::Validate,
        Op::Unserializable,
        Op::Billing,
        Op::Sms,
        Op::FailoverText,
        Op::Version,
        Op::LastPanic,
        Op::Panic,
        Op::Template,
        Op::Render,
        Op::ToMessagesApi,
        Op::FromMessagesApi,
        Op::MessageKeys,
        Op::ValidateText,
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
            Op::Template => "TEMPLATE",
            Op::Render => "RENDER",
            Op::ToMessagesApi => "TO_MESSAGES_API",
            Op::FromMessagesApi => "FROM_MESSAGES_API",
            Op::MessageKeys => "MESSAGE_KEYS",
            Op::ValidateText => "VALIDATE_TEXT",
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

/// The module's allocator: `lol_alloc`'s free list (first fit, merging neighbours) behind a
/// spin lock, which on single-threaded WebAssembly never spins. std's dlmalloc was 7 KB
/// of code, 3.2 KB gzip; this one validates the corpus as fast, and 5 rounds of the
/// corpus, 500 large carousels and a body with 100,000 issues leave the memory where
/// dlmalloc left it (52 MB, the largest body's peak). The wasm-pack template's choice
/// `wee_alloc` is unmaintained and leaks.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: lol_alloc::LockedAllocator<lol_alloc::FreeListAllocator> =
    lol_alloc::LockedAllocator::new(lol_alloc::FreeListAllocator::new());

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

    /// The main export: `op` selects what to do with the string arguments, and the answer
    /// is a string (JSON where structured). One export for every op keeps the module small
    /// (each export costs a wasm-bindgen wrapper). The ops are [`Op`]'s.
    #[wasm_bindgen(skip_typescript)]
    pub fn call(op: u32, a: &str, b: &str) -> String {
        install_hook();
        run(op, a, b)
    }

    /// [`call`] with the payload `a` as bytes, copied by the glue straight from the
    /// caller's `Uint8Array` (a `Buffer`, a view of an `ArrayBuffer`) into the module's
    /// memory, never through a JavaScript string. [`Op::Validate`] gives the report of
    /// `rcs_kit::validate_bytes` for a body of `size` bytes ([`api::validate_bytes_json`]);
    /// the other ops read the bytes as UTF-8 text, and bytes that are not UTF-8 are not
    /// JSON to them (`[]`, as for any text that is not JSON).
    #[wasm_bindgen(skip_typescript, js_name = callBytes)]
    pub fn call_bytes(op: u32, a: &[u8], b: &str, size: f64) -> String {
        install_hook();
        if op == Op::Validate.code() {
            // `as` saturates: a negative or NaN size is 0, which the length check catches.
            return api::validate_bytes_json(a, size as u64, b);
        }
        match std::str::from_utf8(a) {
            Ok(text) => run(op, text, b),
            Err(_) => "[]".into(),
        }
    }

    /// What `op` does with text arguments (see [`call`]).
    fn run(op: u32, a: &str, b: &str) -> String {
        // `Op`'s numbers as patterns: a plain `match` on the number compiles to the
        // smallest module (a jump table).
        const VALIDATE: u32 = Op::Validate.code();
        const UNSERIALIZABLE: u32 = Op::Unserializable.code();
        #[cfg(feature = "extras")]
        const BILLING: u32 = Op::Billing.code();
        #[cfg(feature = "extras")]
        const SMS: u32 = Op::Sms.code();
        #[cfg(feature = "extras")]
        const FAILOVER_TEXT: u32 = Op::FailoverText.code();
        const VERSION: u32 = Op::Version.code();
        const LAST_PANIC_OP: u32 = Op::LastPanic.code();
        const PANIC: u32 = Op::Panic.code();
        const MESSAGE_KEYS: u32 = Op::MessageKeys.code();
        const VALIDATE_TEXT: u32 = Op::ValidateText.code();
        #[cfg(feature = "templates")]
        const TEMPLATE: u32 = Op::Template.code();
        #[cfg(feature = "templates")]
        const RENDER: u32 = Op::Render.code();
        #[cfg(feature = "messages-api")]
        const TO_MESSAGES_API: u32 = Op::ToMessagesApi.code();
        #[cfg(feature = "messages-api")]
        const FROM_MESSAGES_API: u32 = Op::FromMessagesApi.code();
        match op {
            VALIDATE => api::validate_json(a, b),
            VALIDATE_TEXT => api::validate_unchecked_json(a, b),
            UNSERIALIZABLE => api::unserializable_json(a, b),
            #[cfg(feature = "extras")]
            BILLING => api::billing_json(a, b),
            #[cfg(feature = "extras")]
            SMS => api::sms_json(a),
            #[cfg(feature = "extras")]
            FAILOVER_TEXT => api::failover_text_json(a),
            VERSION => env!("CARGO_PKG_VERSION").to_string(),
            LAST_PANIC_OP => LAST_PANIC.lock().map(|s| s.clone()).unwrap_or_default(),
            PANIC => deliberate_panic(),
            MESSAGE_KEYS => rcs_kit::message::wire_keys(),
            #[cfg(feature = "templates")]
            TEMPLATE => crate::template::template_json(a, b),
            #[cfg(feature = "templates")]
            RENDER => crate::template::render_json(a, b),
            #[cfg(feature = "messages-api")]
            TO_MESSAGES_API => {
                rcs_kit::convert::convert_text(a, rcs_kit::convert::Direction::ToMessagesApi)
                    .to_json()
            }
            #[cfg(feature = "messages-api")]
            FROM_MESSAGES_API => {
                rcs_kit::convert::convert_text(a, rcs_kit::convert::Direction::FromMessagesApi)
                    .to_json()
            }
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

//! The issues of reading a body as JSON, declared beside the reader that finds them.

use crate::message::Msg;
use crate::rule::Rule;

const SRC: &str = "RFC 8259 (JSON); the API answers 400 to a body it cannot read";

/// The input is not valid JSON.
pub static SYNTAX: Rule = Rule::error("json.syntax", "The body is not valid JSON.", SRC);
/// A number too large for a double.
pub static NUMBER_OUT_OF_RANGE: Rule = Rule::error(
    "json.number_out_of_range",
    "A number is too large for a double (`1e999`).",
    SRC,
);
/// A lone surrogate in a string.
pub static LONE_SURROGATE: Rule = Rule::error(
    "json.lone_surrogate",
    "A string holds half of a UTF-16 surrogate pair, which is not a Unicode character.",
    SRC,
);
/// Nesting over the depth bound.
pub static TOO_DEEP: Rule = Rule::error(
    "json.too_deep",
    "Arrays and objects nest deeper than the reader's bound (`rcs_kit::limits::MAX_DEPTH`).",
    "rcs-kit bound (the deepest valid request nests 9 levels)",
);
/// A key twice in one object.
pub static DUPLICATE_KEY: Rule = Rule::error(
    "json.duplicate_key",
    "A key appears twice in one object; the API keeps only one of the values.",
    "RFC 8259 section 4 (names SHOULD be unique); Jackson keeps the last value",
);
/// Bytes that are not UTF-8.
pub static INVALID_UTF8: Rule = Rule::error(
    "json.invalid_utf8",
    "The body is not UTF-8.",
    "RFC 8259 section 8.1 (JSON exchanged between systems is UTF-8)",
);
/// A value that cannot be read or written as JSON.
pub static UNSERIALIZABLE: Rule = Rule::error(
    "json.unserializable",
    "A value cannot be read or written as JSON: a typed map with non-string keys or a NaN; in JavaScript a BigInt, a cycle, or a getter, proxy or toJSON that throws.",
    SRC,
);

/// A UTF-8 byte order mark before the JSON text.
pub static BYTE_ORDER_MARK: Rule = Rule::warning(
    "json.byte_order_mark",
    "The body starts with a UTF-8 byte order mark (U+FEFF): the API's reader skips it, but JSON text must not start with one, and other readers reject it.",
    "RFC 8259 section 8.1 (no byte order mark in JSON text); Jackson (Infobip's API is Java) skips one",
);

/// What the reader says of text that is not JSON: `detail` is what it expected or found.
pub static NOT_JSON: Msg = Msg::new("json.not_json", "{detail} at line {line}, column {column}");
/// Bytes that are not UTF-8, located.
pub static NOT_UTF8: Msg = Msg::new(
    "json.not_utf8",
    "the body is not valid UTF-8 (byte {byte} at line {line}, column {column}); send UTF-8 encoded JSON",
);
/// A JavaScript value the package cannot turn into JSON.
pub static UNREADABLE_VALUE: Msg = Msg::new(
    "json.unreadable_value",
    "this value cannot be read or written as JSON ({reason}); pass plain data or a JSON string",
);

/// What an issue of [`BYTE_ORDER_MARK`] says.
pub static BYTE_ORDER_MARK_MSG: Msg = Msg::for_rule(
    &BYTE_ORDER_MARK,
    "the body starts with a UTF-8 byte order mark; the API skips it, other JSON readers may not: remove it",
);

/// What an issue of [`DUPLICATE_KEY`] says.
pub static DUPLICATE_KEY_MSG: Msg = Msg::for_rule(
    &DUPLICATE_KEY,
    "`{key}` appears more than once in this object; the API keeps only one of the values: remove the others",
);

/// The messages of this module.
pub static MESSAGES: &[&Msg] = &[
    &NOT_JSON,
    &NOT_UTF8,
    &UNREADABLE_VALUE,
    &BYTE_ORDER_MARK_MSG,
    &DUPLICATE_KEY_MSG,
];

/// Every rule of this module.
pub static ALL: &[&Rule] = &[
    &SYNTAX,
    &BYTE_ORDER_MARK,
    &NUMBER_OUT_OF_RANGE,
    &LONE_SURROGATE,
    &TOO_DEEP,
    &DUPLICATE_KEY,
    &INVALID_UTF8,
    &UNSERIALIZABLE,
];

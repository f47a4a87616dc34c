//! The async capability-check result (one POST per number to `notifyUrl`), in both of
//! the shapes Infobip's sources give (spec reference `infobip-next.md` §3.1).

use super::{CAPABILITY_CODE, PLATFORM, STR};
use crate::schema::{d, expected, opt, Object, Type};

/// Why the result's members are expected.
const DOCUMENTED: &str =
    "Infobip's webhook documentation marks it required: without it the result cannot be matched to a number";

/// `options` of a result.
pub static CAPABILITY_RESULT_OPTIONS: Object = Object {
    name: "CapabilityResultOptions",
    doc: d("The options of the request."),
    fields: &[opt(
        "platform",
        Type::Object(&PLATFORM),
        "Platform identifiers.",
    )],
    legacy: &[],
    rules: &[],
};

const BULK_ID: crate::schema::Field =
    expected("bulkId", STR, DOCUMENTED, "Bulk id of the notify request.");
const MESSAGE_ID: crate::schema::Field =
    expected("messageId", STR, DOCUMENTED, "Id of this number's check.");
const PHONE_NUMBER: crate::schema::Field =
    expected("phoneNumber", STR, DOCUMENTED, "The number checked.");
const CODE: crate::schema::Field = expected(
    "code",
    Type::Enum(&CAPABILITY_CODE),
    DOCUMENTED,
    "ENABLED, UNREACHABLE, ... (an open set).",
);
const OPTIONS: crate::schema::Field = opt(
    "options",
    Type::Object(&CAPABILITY_RESULT_OPTIONS),
    "The request's platform identifiers.",
);

/// The flat shape (Infobip's webhook documentation).
pub static CAPABILITY_RESULT: Object = Object {
    name: "CapabilityResult",
    doc: d("One number's capability-check result (flat, as documented)."),
    fields: &[BULK_ID, MESSAGE_ID, PHONE_NUMBER, CODE, OPTIONS],
    legacy: &[],
    rules: &[],
};

/// `capabilityCheckResult` of the nested shape.
pub static CAPABILITY_CHECK_RESULT: Object = Object {
    name: "CapabilityCheckResult",
    doc: d("One number's result."),
    fields: &[BULK_ID, MESSAGE_ID, PHONE_NUMBER, CODE],
    legacy: &[],
    rules: &[],
};

/// The nested shape (Infobip's Java SDK, `RcsCapabilityCheckAsyncResult`).
pub static CAPABILITY_ASYNC_RESULT: Object = Object {
    name: "CapabilityAsyncResult",
    doc: d("One number's capability-check result (nested, as the Java SDK reads it)."),
    fields: &[
        expected(
            "capabilityCheckResult",
            Type::Object(&CAPABILITY_CHECK_RESULT),
            DOCUMENTED,
            "The result.",
        ),
        OPTIONS,
    ],
    legacy: &[],
    rules: &[],
};

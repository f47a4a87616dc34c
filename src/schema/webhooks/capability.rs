//! The async capability-check result (one POST per number to `notifyUrl`), in both of
//! the shapes Infobip's sources give (spec reference `infobip-next.md` §3.1), and the
//! answers to the sync and async check requests.

use super::{CAPABILITY_CODE, PLATFORM, RCS_STATUS_REASON, STR};
use crate::schema::{d, expected, opt, req, Array, Object, Type};

/// Why the result's members are expected.
const DOCUMENTED: &str =
    "Infobip's webhook documentation marks it required: without it the result cannot be matched to a number";

/// Why the members of the answers are expected.
const ANSWERED: &str =
    "the API's answer carries it (the Java SDK's model and test): without it a result cannot be matched to a number";

const ANSWER_BULK_ID: crate::schema::Field = expected(
    "bulkId",
    STR,
    ANSWERED,
    "Bulk id of the check; the result webhooks carry it.",
);
const ANSWER_MESSAGE_ID: crate::schema::Field =
    expected("messageId", STR, ANSWERED, "Id of this number's check.");
const ANSWER_PHONE_NUMBER: crate::schema::Field =
    expected("phoneNumber", STR, ANSWERED, "The number checked.");

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

static QUERY_RESULT_LIST: Array = Array {
    items: Type::Object(&CAPABILITY_QUERY_RESULT),
    count: None,
};

/// One number's result in the sync answer (no `bulkId`).
pub static CAPABILITY_QUERY_RESULT: Object = Object {
    name: "CapabilityQueryResult",
    doc: d("One number's result."),
    fields: &[
        ANSWER_MESSAGE_ID,
        ANSWER_PHONE_NUMBER,
        expected(
            "code",
            Type::Enum(&CAPABILITY_CODE),
            ANSWERED,
            "ENABLED, UNREACHABLE, ... (an open set).",
        ),
    ],
    legacy: &[],
    rules: &[],
};

/// The answer to `POST /rcs/2/capability-check/query` (`RcsCapabilityCheckSyncResponse`).
pub static CAPABILITY_QUERY_RESPONSE: Object = Object {
    name: "CapabilityQueryResponse",
    doc: d("The answer to a sync capability check."),
    fields: &[
        req(
            "capabilityCheckResults",
            Type::Array(&QUERY_RESULT_LIST),
            "One result per number.",
        ),
        OPTIONS,
    ],
    legacy: &[],
    rules: &[],
};

static REQUEST_STATE_LIST: Array = Array {
    items: Type::Object(&CAPABILITY_REQUEST_STATE),
    count: None,
};

/// One number's state in the async answer.
pub static CAPABILITY_REQUEST_STATE: Object = Object {
    name: "CapabilityRequestState",
    doc: d("One number's state."),
    fields: &[
        ANSWER_MESSAGE_ID,
        ANSWER_PHONE_NUMBER,
        expected(
            "status",
            Type::Enum(&RCS_STATUS_REASON),
            ANSWERED,
            "PENDING_ENROUTE, ... (an open set).",
        ),
    ],
    legacy: &[],
    rules: &[],
};

/// The answer to `POST /rcs/2/capability-check/notify` (`RcsCapabilityCheckAsyncResponse`).
pub static CAPABILITY_NOTIFY_RESPONSE: Object = Object {
    name: "CapabilityNotifyResponse",
    doc: d("The answer to an async capability check."),
    fields: &[
        ANSWER_BULK_ID,
        req(
            "capabilityCheckRequestStates",
            Type::Array(&REQUEST_STATE_LIST),
            "One state per number.",
        ),
    ],
    legacy: &[],
    rules: &[],
};

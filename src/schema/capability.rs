//! The capability check: which numbers can receive RCS, before sending.
//!
//! - `POST /rcs/2/capability-check/query` ([`CAPABILITY_QUERY`]): up to 500 numbers,
//!   answered at once; meant for routing, 1 to 10 numbers a call.
//! - `POST /rcs/2/capability-check/notify` ([`CAPABILITY_NOTIFY`]): up to 10,000 numbers;
//!   each result is posted to `notifyUrl` later (or to the Subscriptions event `CapCheck`
//!   when there is none).
//!
//! Source: the spec reference `infobip-next.md`, section 3.1 (Infobip's API reference and
//! its Java SDK's `RcsApi`, which disagree on the query's limit: the javadoc says up to
//! 500, the model text still 1 to 5; the javadoc is the newer, so 500 it is).

use super::request::PLATFORM;
use super::{d, formatted, http_url, opt, phone, req, text, Array, Object, Type};
use crate::enums::NOTIFY_CONTENT_TYPE;
use crate::limits as l;
use crate::rules;

/// A phone number to check, as a destination's `to`.
const PHONE_NUMBER: Type = formatted(
    Some(&l::DESTINATION_TO),
    phone("capability.phone_number.invalid"),
);

static QUERY_NUMBERS: Array = Array {
    items: PHONE_NUMBER,
    count: Some(&l::CAPABILITY_QUERY_NUMBERS),
};

static NOTIFY_NUMBERS: Array = Array {
    items: PHONE_NUMBER,
    count: Some(&l::CAPABILITY_NOTIFY_NUMBERS),
};

/// `options` of a capability check.
pub static CAPABILITY_OPTIONS: Object = Object {
    name: "CapabilityCheckOptions",
    doc: d("Options of a capability check."),
    fields: &[opt(
        "platform",
        Type::Object(&PLATFORM),
        "Platform identifiers.",
    )],
    legacy: &[],
    rules: &[],
};

/// `POST /rcs/2/capability-check/query`.
pub static CAPABILITY_QUERY: Object = Object {
    name: "CapabilityCheckQuery",
    doc: d("Which of these numbers can receive RCS from this sender, answered at once."),
    fields: &[
        req(
            "sender",
            text(Some(&l::SENDER)),
            "Your RCS sender (agent); it must be launched on the carrier, or every result is negative.",
        ),
        req(
            "phoneNumbers",
            Type::Array(&QUERY_NUMBERS),
            "Numbers to check (1 to 10 a call is recommended; use notify for more).",
        ),
        opt(
            "options",
            Type::Object(&CAPABILITY_OPTIONS),
            "Platform identifiers.",
        ),
    ],
    legacy: &[],
    rules: &[
        &rules::capability::NUMBERS_CHECK,
        &rules::capability::QUERY_BATCH_CHECK,
    ],
};

/// `POST /rcs/2/capability-check/notify`.
pub static CAPABILITY_NOTIFY: Object = Object {
    name: "CapabilityCheckNotify",
    doc: d("Which of these numbers can receive RCS, each result posted to `notifyUrl`."),
    fields: &[
        req(
            "sender",
            text(Some(&l::SENDER)),
            "Your RCS sender (agent); it must be launched on the carrier, or every result is negative.",
        ),
        req(
            "phoneNumbers",
            Type::Array(&NOTIFY_NUMBERS),
            "Numbers to check.",
        ),
        opt(
            "notifyUrl",
            formatted(
                None,
                http_url(
                    "capability_notify.notify_url.invalid",
                    "capability_notify.notify_url.scheme",
                ),
            ),
            "Where each result is posted; without it, results go to the Subscriptions event `CapCheck`.",
        ),
        opt(
            "notifyContentType",
            Type::Enum(&NOTIFY_CONTENT_TYPE),
            "application/json or application/xml.",
        ),
        opt(
            "options",
            Type::Object(&CAPABILITY_OPTIONS),
            "Platform identifiers.",
        ),
    ],
    legacy: &[],
    rules: &[&rules::capability::NUMBERS_CHECK],
};

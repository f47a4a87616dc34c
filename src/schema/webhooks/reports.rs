//! What happened to the messages you sent: delivery reports and seen reports, spec 6.4
//! and 6.5.

use super::{
    CHANNEL, CONVERSATION, COUNT, DATE_TIME, ERROR_GROUP, GENERAL_STATUS, INT, INTERACTION_TYPE,
    MATCH, PLATFORM, PRICE, STR,
};
use crate::rules::webhooks as rules;
use crate::schema::{d, expected, opt, Array, Object, Type};

/// `status` of a delivery report.
pub static STATUS: Object = Object {
    name: "Status",
    doc: d("Where the message is."),
    fields: &[
        opt("groupId", INT, "Status group id."),
        opt(
            "groupName",
            Type::Enum(&GENERAL_STATUS),
            "Status group: DELIVERED, UNDELIVERABLE, ...",
        ),
        opt("id", INT, "Status id."),
        opt("name", STR, "Status name."),
        opt("description", STR, "What the status means."),
        opt("action", STR, "What to do about it."),
    ],
    legacy: &[],
    rules: &[],
};

/// `error` of a delivery report.
pub static ERROR: Object = Object {
    name: "MessageError",
    doc: d("Why a message was not delivered (groupName OK: no error)."),
    fields: &[
        opt("groupId", INT, "Error group id."),
        opt(
            "groupName",
            Type::Enum(&ERROR_GROUP),
            "Error group: OK, HANDSET_ERRORS, ...",
        ),
        opt("id", INT, "Error id."),
        opt("name", STR, "Error name."),
        opt("description", STR, "What the error means."),
        opt("permanent", Type::Bool, "Whether retrying cannot help."),
    ],
    legacy: &[],
    rules: &[],
};

/// One delivery report (`results[]`).
pub static DELIVERY_REPORT: Object = Object {
    name: "DeliveryReport",
    doc: d("What happened to one message."),
    fields: &[
        opt("bulkId", STR, "Bulk id of the request."),
        expected("messageId", STR, MATCH, "Id of the message."),
        opt("to", STR, "The recipient."),
        opt("sender", STR, "Your sender."),
        opt("sentAt", DATE_TIME, "When it was sent."),
        opt("doneAt", DATE_TIME, "When its status was final."),
        opt("messageCount", COUNT, "Segments billed."),
        opt("mccMnc", STR, "Network of the recipient."),
        opt("callbackData", STR, "Your callback data."),
        opt("campaignReferenceId", STR, "Your campaign reference."),
        opt("platform", Type::Object(&PLATFORM), "Platform identifiers."),
        expected(
            "status",
            Type::Object(&STATUS),
            "a delivery report without `status` says nothing",
            "Where the message is.",
        ),
        opt("error", Type::Object(&ERROR), "Why it failed, if it did."),
        opt("price", Type::Object(&PRICE), "What it cost."),
        opt(
            "conversation",
            Type::Object(&CONVERSATION),
            "Whether the business may start a conversation.",
        ),
        opt(
            "interactionType",
            Type::Enum(&INTERACTION_TYPE),
            "The message structure.",
        ),
        opt(
            "channel",
            Type::Enum(&CHANNEL),
            "The channel it went out on (with failover).",
        ),
    ],
    legacy: &[],
    rules: &[],
};

/// One seen report (`results[]`).
pub static SEEN_REPORT: Object = Object {
    name: "SeenReport",
    doc: d("A user opened a message."),
    fields: &[
        expected("messageId", STR, MATCH, "Id of the message."),
        opt("from", STR, "Your sender."),
        opt("to", STR, "The recipient."),
        opt("sentAt", DATE_TIME, "When it was sent."),
        opt("seenAt", DATE_TIME, "When it was seen."),
        opt("applicationId", STR, "Application id."),
        opt("entityId", STR, "Entity id."),
        opt("campaignReferenceId", STR, "Your campaign reference."),
    ],
    legacy: &[],
    rules: &[],
};

static DELIVERY_REPORT_LIST: Array = Array {
    items: Type::Object(&DELIVERY_REPORT),
    count: None,
};
static SEEN_REPORT_LIST: Array = Array {
    items: Type::Object(&SEEN_REPORT),
    count: None,
};

/// A delivery report batch.
pub static DELIVERY_REPORTS: Object = Object {
    name: "DeliveryReports",
    doc: d("A batch of delivery reports."),
    fields: &[super::req(
        "results",
        Type::Array(&DELIVERY_REPORT_LIST),
        "The reports.",
    )],
    legacy: &[],
    rules: &[&rules::RESULTS_EMPTY_CHECK, &rules::DELIVERY_RESULTS_CHECK],
};

/// A seen report batch.
pub static SEEN_REPORTS: Object = Object {
    name: "SeenReports",
    doc: d("A batch of seen reports."),
    fields: &[super::req(
        "results",
        Type::Array(&SEEN_REPORT_LIST),
        "The reports.",
    )],
    legacy: &[],
    rules: &[&rules::RESULTS_EMPTY_CHECK, &rules::SEEN_RESULTS_CHECK],
};

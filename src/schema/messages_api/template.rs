//! Template messages of the Messages API: a message with `template` (a template registered
//! with the channel, filled in by `content`). The Java SDK tells a template message from
//! a plain one by its members (`MessagesApiRequestMessagesInner`, Jackson `DEDUCTION`):
//! here, by the presence of `template` ([`MESSAGE_OR_TEMPLATE`]).
//!
//! Source: Infobip's Java SDK, `MessagesApiTemplate*` models (commit 5e880b1,
//! 2026-03-31). The SDK states no length or count for them, so none is checked. A TEXT
//! body's and a TEXT header's placeholders are members beside `type`
//! (`{"type": "TEXT", "1": "John"}`), a carousel card's body is a map of them.

use super::{
    CHANNEL, DESTINATIONS_FIELD, FAILOVER_CHANNEL, FAILOVER_SENDER, FAILOVER_VALIDITY, LATITUDE,
    LONGITUDE, MESSAGE, OPTIONS_FIELD, SENDER_FIELD, WEBHOOKS_FIELD,
};
use crate::rule::Rule;
use crate::rules;
use crate::schema::request::FILE_URL;
use crate::schema::{
    d, date_time, formatted, opt, req, text, Array, Field, Object, Switch, Type, Union, ANY_MEMBER,
    SDK, TYPE_INVALID, TYPE_REQUIRED,
};

/// A template object without `type` (header, body, button, card header or button).
const TYPE_MISSING: Rule = Rule::error("messages_api.template.type.required", TYPE_REQUIRED, SDK);
/// A template object whose `type` names no variant.
const TYPE_UNKNOWN: Rule = Rule::error("messages_api.template.type.invalid", TYPE_INVALID, SDK);

/// A placeholder value: every member an object does not name, a string.
const PLACEHOLDERS: Field = opt(
    ANY_MEMBER,
    text(None),
    "Placeholder values by name (\"1\": \"John\").",
);
const URL: Field = req("url", formatted(None, FILE_URL), "http(s) URL of the file.");

/// `template`.
pub static TEMPLATE: Object = Object {
    name: "MessagesApiTemplate",
    doc: d("The registered template the message fills in."),
    fields: &[
        req("templateName", text(None), "Name of the template."),
        opt("language", text(None), "Language of the template."),
        opt(
            "referenceId",
            text(None),
            "Your reference for this use of the template.",
        ),
    ],
    legacy: &[],
    rules: &[],
};

/// TEXT header or body: its placeholders.
pub static TEXT: Object = Object {
    name: "MessagesApiTemplateText",
    doc: d("Placeholder values of a text part, as members beside `type`."),
    fields: &[PLACEHOLDERS],
    legacy: &[],
    rules: &[],
};
/// IMAGE header (and carousel card header).
pub static IMAGE_HEADER: Object = Object {
    name: "MessagesApiTemplateImageHeader",
    doc: d("An image header."),
    fields: &[URL],
    legacy: &[],
    rules: &[],
};
/// VIDEO header (and carousel card header).
pub static VIDEO_HEADER: Object = Object {
    name: "MessagesApiTemplateVideoHeader",
    doc: d("A video header."),
    fields: &[URL],
    legacy: &[],
    rules: &[],
};
/// DOCUMENT header.
pub static DOCUMENT_HEADER: Object = Object {
    name: "MessagesApiTemplateDocumentHeader",
    doc: d("A document header."),
    fields: &[URL, req("filename", text(None), "File name shown.")],
    legacy: &[],
    rules: &[],
};
/// LOCATION header.
pub static LOCATION_HEADER: Object = Object {
    name: "MessagesApiTemplateLocationHeader",
    doc: d("A location header."),
    fields: &[
        req("latitude", Type::Number(Some(&LATITUDE)), "Latitude."),
        req("longitude", Type::Number(Some(&LONGITUDE)), "Longitude."),
    ],
    legacy: &[],
    rules: &[],
};
/// `content.header`, by `type`.
pub static HEADER: Union = Union {
    name: "MessagesApiTemplateHeader",
    missing: TYPE_MISSING,
    invalid: TYPE_UNKNOWN,
    open: false,
    variants: &[
        ("TEXT", &TEXT),
        ("DOCUMENT", &DOCUMENT_HEADER),
        ("IMAGE", &IMAGE_HEADER),
        ("VIDEO", &VIDEO_HEADER),
        ("LOCATION", &LOCATION_HEADER),
    ],
};

// ---------------------------------------------------------------- buttons

/// QUICK_REPLY button.
pub static QUICK_REPLY: Object = Object {
    name: "MessagesApiTemplateQuickReplyButton",
    doc: d("A quick reply button of the template."),
    fields: &[req(
        "postbackData",
        text(None),
        "Data sent back when tapped.",
    )],
    legacy: &[],
    rules: &[],
};
/// OPEN_URL button.
pub static OPEN_URL: Object = Object {
    name: "MessagesApiTemplateOpenUrlButton",
    doc: d("A URL button of the template: the end of its URL."),
    fields: &[req("suffix", text(None), "Appended to the template's URL.")],
    legacy: &[],
    rules: &[],
};
/// PHONE_NUMBER button (nothing to fill in).
pub static PHONE_NUMBER: Object = Object {
    name: "MessagesApiTemplatePhoneNumberButton",
    doc: d("A phone number button of the template."),
    fields: &[],
    legacy: &[],
    rules: &[],
};
/// FLOW button.
pub static FLOW: Object = Object {
    name: "MessagesApiTemplateFlowButton",
    doc: d("A flow button of the template."),
    fields: &[
        opt("token", text(None), "Flow token."),
        opt("data", Type::Object(&FLOW_DATA), "Data for the flow."),
    ],
    legacy: &[],
    rules: &[],
};
/// A flow's `data` (`Map<String, Object>` in the SDK): members of your choice, of any
/// JSON type, not checked.
pub static FLOW_DATA: Object = Object {
    name: "MessagesApiTemplateFlowData",
    doc: d("Flow data: members of your choice."),
    fields: &[opt(ANY_MEMBER, Type::Any, "A value passed to the flow.")],
    legacy: &[],
    rules: &[],
};
/// COPY_CODE button.
pub static COPY_CODE: Object = Object {
    name: "MessagesApiTemplateCopyCodeButton",
    doc: d("A copy-code button of the template."),
    fields: &[req("code", text(None), "The code copied.")],
    legacy: &[],
    rules: &[],
};
/// CATALOG button.
pub static CATALOG: Object = Object {
    name: "MessagesApiTemplateCatalogButton",
    doc: d("A catalog button of the template."),
    fields: &[opt("productId", text(None), "Product shown first.")],
    legacy: &[],
    rules: &[],
};
static PRODUCT_IDS: Array = Array {
    items: text(None),
    count: None,
};
/// A MULTI_PRODUCT button's section.
pub static SECTION: Object = Object {
    name: "MessagesApiTemplateProductSection",
    doc: d("A section of products."),
    fields: &[
        req("title", text(None), "Section title."),
        req(
            "productIds",
            Type::Array(&PRODUCT_IDS),
            "Products of the section.",
        ),
    ],
    legacy: &[],
    rules: &[],
};
static SECTIONS: Array = Array {
    items: Type::Object(&SECTION),
    count: None,
};
/// MULTI_PRODUCT button.
pub static MULTI_PRODUCT: Object = Object {
    name: "MessagesApiTemplateMultiProductButton",
    doc: d("A multi-product button of the template."),
    fields: &[
        opt("productId", text(None), "Product shown first."),
        req("sections", Type::Array(&SECTIONS), "Product sections."),
    ],
    legacy: &[],
    rules: &[],
};
/// `content.buttons[]`, by `type`.
pub static BUTTON: Union = Union {
    name: "MessagesApiTemplateButton",
    missing: TYPE_MISSING,
    invalid: TYPE_UNKNOWN,
    open: false,
    variants: &[
        ("QUICK_REPLY", &QUICK_REPLY),
        ("OPEN_URL", &OPEN_URL),
        ("PHONE_NUMBER", &PHONE_NUMBER),
        ("FLOW", &FLOW),
        ("COPY_CODE", &COPY_CODE),
        ("CATALOG", &CATALOG),
        ("MULTI_PRODUCT", &MULTI_PRODUCT),
    ],
};
static BUTTONS: Array = Array {
    items: Type::Union(&BUTTON),
    count: None,
};

// ---------------------------------------------------------------- carousel

/// A carousel card's header, by `type`.
pub static CARD_HEADER: Union = Union {
    name: "MessagesApiTemplateCardHeader",
    missing: TYPE_MISSING,
    invalid: TYPE_UNKNOWN,
    open: false,
    variants: &[("IMAGE", &IMAGE_HEADER), ("VIDEO", &VIDEO_HEADER)],
};
/// A carousel card's body: placeholder values by name.
pub static CARD_BODY: Object = Object {
    name: "MessagesApiTemplateCardBody",
    doc: d("Placeholder values of a card's text."),
    fields: &[PLACEHOLDERS],
    legacy: &[],
    rules: &[],
};
/// A carousel card's button, by `type`.
pub static CARD_BUTTON: Union = Union {
    name: "MessagesApiTemplateCardButton",
    missing: TYPE_MISSING,
    invalid: TYPE_UNKNOWN,
    open: false,
    variants: &[
        ("QUICK_REPLY", &QUICK_REPLY),
        ("OPEN_URL", &OPEN_URL),
        ("PHONE_NUMBER", &PHONE_NUMBER),
    ],
};
static CARD_BUTTONS: Array = Array {
    items: Type::Union(&CARD_BUTTON),
    count: None,
};
/// A carousel card.
pub static CARD: Object = Object {
    name: "MessagesApiTemplateCard",
    doc: d("A card of a carousel template."),
    fields: &[
        req("header", Type::Union(&CARD_HEADER), "IMAGE or VIDEO."),
        opt(
            "body",
            Type::Object(&CARD_BODY),
            "Placeholder values of its text.",
        ),
        opt("buttons", Type::Array(&CARD_BUTTONS), "Its buttons."),
    ],
    legacy: &[],
    rules: &[],
};
static CARDS: Array = Array {
    items: Type::Object(&CARD),
    count: None,
};
/// CAROUSEL body.
pub static CAROUSEL: Object = Object {
    name: "MessagesApiTemplateCarousel",
    doc: d("The cards of a carousel template."),
    fields: &[req("cards", Type::Array(&CARDS), "The cards.")],
    legacy: &[],
    rules: &[],
};
/// `content.body`, by `type`.
pub static BODY: Union = Union {
    name: "MessagesApiTemplateBody",
    missing: TYPE_MISSING,
    invalid: TYPE_UNKNOWN,
    open: false,
    variants: &[("TEXT", &TEXT), ("CAROUSEL", &CAROUSEL)],
};

// ---------------------------------------------------------------- message

/// `content` of a template message.
pub static CONTENT: Object = Object {
    name: "MessagesApiTemplateContent",
    doc: d("What fills in the template."),
    fields: &[
        opt("header", Type::Union(&HEADER), "Header values."),
        opt("body", Type::Union(&BODY), "Body values."),
        opt("buttons", Type::Array(&BUTTONS), "Button values."),
        opt(
            "expirationTime",
            formatted(
                None,
                date_time("messages_api.template.expiration_time.invalid"),
            ),
            "End of a limited-time offer.",
        ),
    ],
    legacy: &[],
    rules: &[],
};

/// A template message.
pub static TEMPLATE_MESSAGE: Object = Object {
    name: "MessagesApiTemplateMessage",
    doc: d("A Messages API message that sends a registered template (RCS)."),
    fields: &[
        CHANNEL,
        SENDER_FIELD,
        DESTINATIONS_FIELD,
        req("template", Type::Object(&TEMPLATE), "The template."),
        opt("content", Type::Object(&CONTENT), "What fills it in."),
        OPTIONS_FIELD,
        WEBHOOKS_FIELD,
        opt(
            "failover",
            Type::Array(&FAILOVER),
            "Channels tried in order when RCS fails, each with its template; then destinations need byChannel.",
        ),
    ],
    legacy: &[],
    rules: &[&rules::messages_api::FAILOVER_DESTINATION_CHECK],
};

/// `failover[]` of a template message (the SDK's `MessagesApiTemplateFailover`): each
/// step sends a template registered on its channel.
pub static FAILOVER_STEP: Object = Object {
    name: "MessagesApiTemplateFailover",
    doc: d("A channel tried, in order, when the template message is not delivered."),
    fields: &[
        FAILOVER_CHANNEL,
        FAILOVER_SENDER,
        req(
            "template",
            Type::Object(&TEMPLATE),
            "The template registered on that channel.",
        ),
        opt("content", Type::Object(&CONTENT), "What fills it in."),
        FAILOVER_VALIDITY,
    ],
    legacy: &[],
    rules: &[],
};
static FAILOVER: Array = Array {
    items: Type::Object(&FAILOVER_STEP),
    count: None,
};

/// `messages[]`: a template message when it has `template`, a plain one otherwise.
pub static MESSAGE_OR_TEMPLATE: Switch = Switch {
    name: "MessagesApiAnyMessage",
    member: "template",
    present: &TEMPLATE_MESSAGE,
    absent: &MESSAGE,
};

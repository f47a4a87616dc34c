//! A message template (`rcs_kit::template`): declared variables and a v2 message (or a
//! whole request) whose texts may hold `{{name}}` placeholders. The envelope is walked by
//! the common walker like any body; the message is walked after rendering (see
//! [`template`](crate::template)).

use super::request::{MESSAGE, REQUEST};
use super::{d, opt, req, text, Array, Object, Type};
use crate::limits as l;
use crate::rules;

/// One declared variable.
pub static VARIABLE: Object = Object {
    name: "TemplateVariable",
    doc: d("A variable a template's placeholders may name."),
    fields: &[
        req(
            "name",
            text(Some(&l::TEMPLATE_VARIABLE_NAME)),
            "Its name, as written between `{{` and `}}`: a letter or `_`, then letters, digits, `_`, `.` or `-`.",
        ),
        req(
            "sample",
            text(None),
            "A typical value: the sample rendering is validated as a message.",
        ),
        req(
            "maxLength",
            Type::Integer(Some(&l::TEMPLATE_MAX_LENGTH)),
            "The longest value it will take, in characters: the worst case is validated with every variable this long.",
        ),
        opt(
            "allowEmpty",
            Type::Bool,
            "Whether it may be empty (default false): the message is then also validated with it empty.",
        ),
    ],
    legacy: &[],
    rules: &[],
};

static PARAMETER_NAMES: Array = Array {
    items: text(None),
    count: None,
};

/// A template registered with the provider, as the sender declares it.
pub static PROVIDER_TEMPLATE: Object = Object {
    name: "DeclaredProviderTemplate",
    doc: d("A provider template (PROVIDER_TEMPLATE content) as registered: its id and parameter names."),
    fields: &[
        req(
            "templateId",
            text(Some(&l::TEMPLATE_ID)),
            "Template code as registered.",
        ),
        req(
            "parameters",
            Type::Array(&PARAMETER_NAMES),
            "The names of its parameters, each of which a message must fill.",
        ),
    ],
    legacy: &[],
    rules: &[],
};

static PROVIDER_TEMPLATES: Array = Array {
    items: Type::Object(&PROVIDER_TEMPLATE),
    count: None,
};

static VARIABLES: Array = Array {
    items: Type::Object(&VARIABLE),
    count: Some(&l::TEMPLATE_VARIABLES),
};

/// The template document.
pub static TEMPLATE: Object = Object {
    name: "MessageTemplate",
    doc: d("A v2 message or request with `{{name}}` placeholders, and its variables."),
    fields: &[
        req(
            "variables",
            Type::Array(&VARIABLES),
            "The variables the placeholders name.",
        ),
        opt(
            "destination",
            text(Some(&l::TEMPLATE_VARIABLE_NAME)),
            "The variable (audience column) holding each recipient's number, used for messages without `destinations` (default `to`).",
        ),
        opt(
            "providerTemplates",
            Type::Array(&PROVIDER_TEMPLATES),
            "The provider templates registered for the sender: PROVIDER_TEMPLATE contents are checked against them (names present, none extra).",
        ),
        opt(
            "message",
            Type::Object(&MESSAGE),
            "One message (`messages[]` of POST /rcs/2/messages); `destinations` may be left out.",
        ),
        opt(
            "request",
            Type::Object(&REQUEST),
            "A whole request body, in place of `message`.",
        ),
    ],
    legacy: &[],
    rules: &[
        &rules::template::ENVELOPE_CHECK,
        &rules::template::PROVIDER_CHECK,
    ],
};

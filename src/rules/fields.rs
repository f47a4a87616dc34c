//! What every field of every table obeys, and the whole body's size: the rules of the
//! table walk ([`validate`](crate::validate)), declared here so that the catalogue and
//! the docs read them without the walker.

use crate::rule::Rule;

const MODELS: &str = "Infobip SDK models (OpenAPI-generated)";

/// A value of the wrong JSON type.
pub static TYPE_MISMATCH: Rule = Rule::error(
    "type.mismatch",
    "A value of the wrong JSON type (a number where a string belongs, ...).",
    MODELS,
);
/// A required field is missing.
pub static REQUIRED: Rule = Rule::error(
    "field.required",
    "A required field is missing (reported at the object that lacks it).",
    MODELS,
);
/// A field the API does not have.
pub static UNKNOWN: Rule = Rule::warning(
    "field.unknown",
    "A field the API does not have: ignored or rejected.",
    MODELS,
)
.strict();
/// A field of the legacy `/ott/rcs/1` API.
pub static LEGACY: Rule = Rule::error(
    "field.legacy",
    "A field of the legacy `/ott/rcs/1` API, with where it goes in this one.",
    "Infobip legacy RCS API (/ott/rcs/1) reference",
);
/// `null` for an optional field.
pub static NULL: Rule = Rule::error(
    "field.null",
    "`null` for an optional field: omit the field instead.",
    MODELS,
);
/// A body over 10 MB.
pub static REQUEST_TOO_LARGE: Rule = Rule::error(
    "request.too_large",
    "A body over 10 MB, the most the API accepts in one request.",
    crate::limits::REQUEST_SIZE.source,
);

/// The rules of this module.
pub static RULES: &[&Rule] = &[
    &TYPE_MISMATCH,
    &REQUIRED,
    &UNKNOWN,
    &LEGACY,
    &NULL,
    &REQUEST_TOO_LARGE,
];

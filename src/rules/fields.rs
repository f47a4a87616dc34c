//! What every field of every table obeys, and the whole body's size: the rules of the
//! table walk ([`validate`](crate::validate)), declared here so that the catalogue and
//! the docs read them without the walker.

use crate::rule::{Rule, Severity};

const MODELS: &str = "Infobip SDK models (OpenAPI-generated)";

/// A value of the wrong JSON type.
pub static TYPE_MISMATCH: Rule = Rule::error(
    "type.mismatch",
    "A value of the wrong JSON type (a number where a string belongs, ...). In a request an integral number of any spelling (`30.0`, `1e2`) is an integer, as the API (Jackson) reads it; `1.5` is not: the API would truncate it.",
    "Infobip SDK models (OpenAPI-generated); Jackson (Infobip's API is Java) coerces a JSON float to an int field, truncating it (ACCEPT_FLOAT_AS_INT, on by default)",
);
/// A required field is missing, as a value (a union's `missing` rule can be it).
pub(crate) const REQUIRED_RULE: Rule = Rule::error(
    "field.required",
    "A required field is missing (reported at the object that lacks it).",
    MODELS,
);
/// A required field is missing.
pub static REQUIRED: Rule = REQUIRED_RULE;
/// A field that is expected but that some bodies leave out (older inbound payloads): the
/// same code as [`REQUIRED`], as a warning.
pub static EXPECTED: Rule = Rule {
    severity: Severity::Warning,
    ..REQUIRED_RULE
};
/// A field the API does not have.
pub static UNKNOWN: Rule = Rule::warning(
    "field.unknown",
    "A field the API does not have: ignored or rejected.",
    MODELS,
)
.strict();
/// A field Google RBM added in 2026 that Infobip's API does not have yet.
pub static GOOGLE_ONLY: Rule = Rule::warning(
    "field.google_only",
    "A field Google RBM added in 2026 that Infobip's v2 API does not have yet (`contentDescription` on card media, `persistentSuggestions` on TEXT): ignored or rejected, like any unknown field.",
    "Google RBM latest releases (2026-11-04 Media.contentDescription, 2026-05-12 persistent suggestions); absent from the Infobip SDK 6.4.0 models",
)
.strict();
/// A field of the legacy `/ott/rcs/1` API.
pub static LEGACY: Rule = Rule::error(
    "field.legacy",
    "A field of the legacy `/ott/rcs/1` API, with where it goes in this one.",
    "Infobip legacy RCS API (/ott/rcs/1) reference",
);
const NULL_RULE: Rule = Rule::error(
    "field.null",
    "`null` for an optional field: omit the field instead.",
    MODELS,
);
/// `null` for an optional field.
pub static NULL: Rule = NULL_RULE;
/// `null` for an optional field of a body the API sends: read as absent, the same code as
/// [`NULL`], as a warning.
pub static NULL_READ_AS_ABSENT: Rule = Rule {
    severity: Severity::Warning,
    ..NULL_RULE
};
/// A body over 10 MB.
pub static REQUEST_TOO_LARGE: Rule = Rule::error(
    "request.too_large",
    "A body over the most the API accepts in one request.",
    crate::limits::REQUEST_SIZE.source,
)
.bounded(&crate::limits::REQUEST_SIZE);

/// A string within its length limit in characters (Unicode scalar values, what rcs-kit
/// counts) but over it in UTF-16 code units (what Java counts).
pub static UTF16_LENGTH: Rule = Rule::warning(
    "length.utf16",
    "A string within its limit in characters (Unicode scalar values, as rcs-kit counts) but over it in UTF-16 code units, which Java's `String.length()` and Bean Validation's `@Size` count: over the limit if the API counts those. An emoji is one character and two units.",
    "Infobip does not say what its limits count; its API is Java, whose String.length() counts UTF-16 code units",
)
.strict();

/// The rules of this module.
pub static RULES: &[&Rule] = &[
    &TYPE_MISMATCH,
    &UTF16_LENGTH,
    &REQUIRED,
    &UNKNOWN,
    &GOOGLE_ONLY,
    &LEGACY,
    &NULL,
    &REQUEST_TOO_LARGE,
];

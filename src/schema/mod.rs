//! The shape of the API, written once as data.
//!
//! Each object of the request bodies is an [`Object`]: its fields with their JSON names,
//! types, whether they are required, and the [`Limit`](crate::limits::Limit)s and formats
//! that bound them. The validator walks these tables; the rule table in the README (and
//! later the JSON Schema and TypeScript types) is generated from them. Rules that look at
//! more than one field at a time are functions named by [`Object::rules`].
//!
//! ```
//! use rcs_kit::schema::{self, Type};
//! let text = schema::request::TEXT_CONTENT.field("text").unwrap();
//! assert!(text.required);
//! assert!(matches!(text.ty, Type::String(_)));
//! ```

pub mod events;
pub mod request;

use crate::limits::Limit;

/// A JSON type with its constraints.
#[derive(Debug, Clone, Copy)]
pub enum Type {
    /// A string.
    String(Str),
    /// `true` or `false`.
    Bool,
    /// An integer (JSON number without fraction), optionally bounded.
    Integer(Option<&'static Limit>),
    /// Any number, optionally bounded.
    Number(Option<&'static Limit>),
    /// One of a fixed set of strings.
    Enum(&'static Enumeration),
    /// An object.
    Object(&'static Object),
    /// An array.
    Array(&'static Array),
    /// An object whose `type` member selects its shape.
    Union(&'static Union),
}

/// Constraints on a string.
#[derive(Debug, Clone, Copy)]
pub struct Str {
    /// Stable id used in issue codes for format problems (`{id}.invalid`).
    pub id: &'static str,
    /// Length bounds, counted in characters.
    pub len: Option<&'static Limit>,
    /// What the text must look like.
    pub format: Format,
}

/// Formats of strings the API requires.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Any text.
    Any,
    /// An absolute `http://` or `https://` URI (RFC 3986).
    HttpUrl,
    /// A phone number: an optional `+`, then digits; the digit count is bounded by the
    /// field's limit.
    Phone,
    /// A date-time as the API writes it: `yyyy-MM-dd'T'HH:mm:ss.SSSZ` (`+0100`), or with
    /// an RFC 3339 offset (`Z`, `+01:00`).
    DateTime,
}

/// A closed set of string values.
#[derive(Debug)]
pub struct Enumeration {
    /// Type name (TypeScript / JSON Schema).
    pub name: &'static str,
    /// Issue code for a value outside the set.
    pub code: &'static str,
    /// The allowed values.
    pub values: &'static [&'static str],
}

/// An array of values of one type.
#[derive(Debug)]
pub struct Array {
    /// Type of the elements.
    pub items: Type,
    /// Bounds on the element count.
    pub count: Option<&'static Limit>,
}

/// A field of an object.
#[derive(Debug)]
pub struct Field {
    /// JSON name, exactly as the API spells it.
    pub name: &'static str,
    /// Whether the API requires it.
    pub required: bool,
    /// Its type.
    pub ty: Type,
    /// One line for docs.
    pub doc: &'static str,
}

/// A field name from an older API, with what to use instead.
#[derive(Debug)]
pub struct Legacy {
    /// The legacy name.
    pub name: &'static str,
    /// Where its value goes in this API.
    pub instead: &'static str,
}

/// A cross-field rule, run after the fields of an object were checked.
pub type RuleFn = fn(&mut crate::validate::Ctx<'_, '_>, crate::json::NodeId);

/// A JSON object of the API.
#[derive(Debug)]
pub struct Object {
    /// Type name (TypeScript / JSON Schema / messages).
    pub name: &'static str,
    /// One line for docs.
    pub doc: &'static str,
    /// Its fields.
    pub fields: &'static [Field],
    /// Names from the legacy API that users put here by mistake.
    pub legacy: &'static [Legacy],
    /// Cross-field rules.
    pub rules: &'static [RuleFn],
}

impl Object {
    /// The field named `name`.
    pub fn field(&self, name: &str) -> Option<&'static Field>
    where
        Self: 'static,
    {
        self.fields.iter().find(|f| f.name == name)
    }
}

/// An object discriminated by its `type` member.
#[derive(Debug)]
pub struct Union {
    /// Type name.
    pub name: &'static str,
    /// Stable id used in codes: `{id}.type.invalid`, `{id}.type.required`.
    pub id: &'static str,
    /// Each `type` value with the object it selects.
    pub variants: &'static [(&'static str, &'static Object)],
}

impl Union {
    /// The allowed `type` values, comma separated.
    pub fn tags(&self) -> String {
        self.variants
            .iter()
            .map(|(t, _)| *t)
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// A doc string of the tables: kept natively (README, JSON Schema, TypeScript), empty in
/// the WebAssembly build, which never shows it and saves its bytes.
pub(crate) const fn d(doc: &'static str) -> &'static str {
    if cfg!(target_arch = "wasm32") {
        ""
    } else {
        doc
    }
}

/// Shorthand constructors used by the tables.
pub(crate) const fn req(name: &'static str, ty: Type, doc: &'static str) -> Field {
    Field {
        name,
        required: true,
        ty,
        doc: d(doc),
    }
}

pub(crate) const fn opt(name: &'static str, ty: Type, doc: &'static str) -> Field {
    Field {
        name,
        required: false,
        ty,
        doc: d(doc),
    }
}

pub(crate) const fn text(id: &'static str, len: Option<&'static Limit>) -> Type {
    Type::String(Str {
        id,
        len,
        format: Format::Any,
    })
}

pub(crate) const fn formatted(
    id: &'static str,
    len: Option<&'static Limit>,
    format: Format,
) -> Type {
    Type::String(Str { id, len, format })
}

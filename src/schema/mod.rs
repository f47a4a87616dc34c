//! The shape of the API, written once as data.
//!
//! Each object of every body is an [`Object`]: its fields with their JSON names, types,
//! whether they must be present ([`Presence`]), and the [`Limit`]s and formats that bound
//! them. The one walker ([`validate::walk_doc`](crate::validate::walk_doc)) checks every
//! body against its table: the requests ([`request`], [`events`], listed in [`BODIES`])
//! as bodies sent to the API ([`Direction::Outbound`]), and the inbound webhooks
//! ([`webhooks`]) as bodies the API sends ([`Direction::Inbound`]: open enumerations and
//! unions, unknown members kept). The rule table in the docs, the JSON Schema and the
//! TypeScript types are generated from them. Rules that look at more than one field at a
//! time are functions named by [`Object::rules`]. A new body (a capability check, a
//! Messages API request) is one more table, and one more root to pass to the walker.
//!
//! ```
//! use rcs_kit::schema::{self, Type};
//! let text = schema::request::TEXT_CONTENT.field("text").unwrap();
//! assert!(text.required());
//! assert!(matches!(text.ty, Type::String(_)));
//! ```

pub mod capability;
pub mod events;
#[cfg(feature = "messages-api")]
pub mod messages_api;
pub mod request;
pub mod template;
pub mod webhooks;

pub use crate::context::{Check, CheckFn, Direction};
pub use crate::enums::Enumeration;
use crate::limits::Limit;
use crate::options::Kind;
use crate::rule::Rule;

/// The schema of a body kind.
///
/// ```
/// use rcs_kit::{schema, Kind};
/// assert_eq!(schema::for_kind(Kind::Events).name, "EventsRequest");
/// ```
pub fn for_kind(kind: Kind) -> &'static Object {
    match kind {
        Kind::Request => &request::REQUEST,
        Kind::Events => &events::EVENTS_REQUEST,
        Kind::CapabilityQuery => &capability::CAPABILITY_QUERY,
        Kind::CapabilityNotify => &capability::CAPABILITY_NOTIFY,
        #[cfg(feature = "messages-api")]
        Kind::MessagesApi => &messages_api::REQUEST,
        #[cfg(feature = "messages-api")]
        Kind::MessagesApiEvents => &messages_api::events::EVENTS_REQUEST,
    }
}

/// Every body kind with its schema.
pub const BODIES: &[(Kind, &Object)] = &[
    (Kind::Request, &request::REQUEST),
    (Kind::Events, &events::EVENTS_REQUEST),
    (Kind::CapabilityQuery, &capability::CAPABILITY_QUERY),
    (Kind::CapabilityNotify, &capability::CAPABILITY_NOTIFY),
    #[cfg(feature = "messages-api")]
    (Kind::MessagesApi, &messages_api::REQUEST),
    #[cfg(feature = "messages-api")]
    (
        Kind::MessagesApiEvents,
        &messages_api::events::EVENTS_REQUEST,
    ),
];

/// A JSON type with its constraints.
#[derive(Debug, Clone, Copy)]
pub enum Type {
    /// A string.
    String(Str),
    /// `true` or `false`.
    Bool,
    /// Any JSON value, not checked (the members of a free-form map such as a template
    /// flow button's `data`, `Map<String, Object>` in Infobip's SDKs).
    Any,
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
    /// An object whose shape is chosen by whether it has a member (a Messages API
    /// message with `template` is a template message).
    Switch(&'static Switch),
}

/// The name of a field that stands for every member an object does not name: its type
/// is the type of their values (a template's placeholders `{"1": "John"}`).
pub const ANY_MEMBER: &str = "*";

/// An object whose shape is chosen by the presence of one member.
#[derive(Debug)]
pub struct Switch {
    /// Type name.
    pub name: &'static str,
    /// The member whose presence selects [`present`](Self::present).
    pub member: &'static str,
    /// The shape of an object that has the member.
    pub present: &'static Object,
    /// The shape of an object without it.
    pub absent: &'static Object,
}

/// Constraints on a string.
#[derive(Debug, Clone, Copy)]
pub struct Str {
    /// Length bounds, counted in characters.
    pub len: Option<&'static Limit>,
    /// What the text must look like.
    pub format: Format,
}

/// Formats of strings the API requires, each with the rules a value can break.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Any text.
    Any,
    /// An absolute `http://` or `https://` URI (RFC 3986).
    HttpUrl {
        /// Not a URI.
        invalid: Rule,
        /// A URI whose scheme is not http or https.
        scheme: Rule,
    },
    /// A phone number: an optional `+`, then digits; the digit count is bounded by the
    /// field's limit.
    Phone(Rule),
    /// A date-time as the API writes it: `yyyy-MM-dd'T'HH:mm:ss.SSSZ` (`+0100`), or with
    /// an RFC 3339 offset (`Z`, `+01:00`).
    DateTime(Rule),
}

impl Format {
    /// The rules of this format.
    pub fn rules(&self) -> Vec<&Rule> {
        match self {
            Format::Any => Vec::new(),
            Format::HttpUrl { invalid, scheme } => vec![invalid, scheme],
            Format::Phone(r) | Format::DateTime(r) => vec![r],
        }
    }
}

/// An array of values of one type.
#[derive(Debug)]
pub struct Array {
    /// Type of the elements.
    pub items: Type,
    /// Bounds on the element count.
    pub count: Option<&'static Limit>,
}

/// Whether a field must be present.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Presence {
    /// Required: an error (`field.required`) when absent.
    Required,
    /// Optional.
    Optional,
    /// Expected but sometimes left out (older inbound payloads): a warning when absent,
    /// with the reason.
    Expected(&'static str),
}

/// A field of an object.
#[derive(Debug)]
pub struct Field {
    /// JSON name, exactly as the API spells it.
    pub name: &'static str,
    /// Whether it must be present.
    pub presence: Presence,
    /// Whether `null` is a value of the field (read as "no value"), not a mistake.
    pub nullable: bool,
    /// Its type.
    pub ty: Type,
    /// One line for docs (natively only: the WebAssembly build never shows it, and
    /// leaving the field out saves 8 bytes in every field of its tables).
    #[cfg(not(target_arch = "wasm32"))]
    pub doc: &'static str,
}

impl Field {
    /// Whether the API requires it (an error when absent).
    pub const fn required(&self) -> bool {
        matches!(self.presence, Presence::Required)
    }

    /// The same field, with `null` as one of its values.
    pub(crate) const fn nullable(self) -> Field {
        Field {
            nullable: true,
            ..self
        }
    }
}

/// A field name from an older API, with what to use instead.
#[derive(Debug)]
pub struct Legacy {
    /// The legacy name.
    pub name: &'static str,
    /// Where its value goes in this API.
    pub instead: &'static str,
}

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
    /// Cross-field checks, run after the fields (see [`rules`](crate::rules)).
    pub rules: &'static [&'static Check],
}

impl Object {
    /// The field named `name`.
    pub fn field(&self, name: &str) -> Option<&'static Field>
    where
        Self: 'static,
    {
        self.fields.iter().find(|f| f.name == name)
    }

    /// The field standing for the members it does not name ([`ANY_MEMBER`]), if any.
    pub fn any_member(&self) -> Option<&'static Field>
    where
        Self: 'static,
    {
        self.field(ANY_MEMBER)
    }

    /// Its named fields (all but [`ANY_MEMBER`]).
    pub fn named(&self) -> impl Iterator<Item = &'static Field>
    where
        Self: 'static,
    {
        self.fields.iter().filter(|f| f.name != ANY_MEMBER)
    }
}

/// An object discriminated by its `type` member.
#[derive(Debug)]
pub struct Union {
    /// Type name.
    pub name: &'static str,
    /// The rule broken by an object without `type`.
    pub missing: Rule,
    /// The rule broken by an unknown `type`.
    pub invalid: Rule,
    /// Whether an unknown `type` is kept (the API adds types; the object is then not
    /// checked further) rather than rejected.
    pub open: bool,
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
    crate::rule::native(doc)
}

/// Shorthand constructors used by the tables.
pub(crate) const fn req(name: &'static str, ty: Type, doc: &'static str) -> Field {
    #[cfg(target_arch = "wasm32")]
    let _ = doc;
    Field {
        name,
        presence: Presence::Required,
        nullable: false,
        ty,
        #[cfg(not(target_arch = "wasm32"))]
        doc,
    }
}

pub(crate) const fn opt(name: &'static str, ty: Type, doc: &'static str) -> Field {
    #[cfg(target_arch = "wasm32")]
    let _ = doc;
    Field {
        name,
        presence: Presence::Optional,
        nullable: false,
        ty,
        #[cfg(not(target_arch = "wasm32"))]
        doc,
    }
}

/// A field that is expected but may be missing (a warning saying `why`).
pub(crate) const fn expected(
    name: &'static str,
    ty: Type,
    why: &'static str,
    doc: &'static str,
) -> Field {
    #[cfg(target_arch = "wasm32")]
    let _ = doc;
    Field {
        name,
        presence: Presence::Expected(why),
        nullable: false,
        ty,
        #[cfg(not(target_arch = "wasm32"))]
        doc,
    }
}

pub(crate) const fn text(len: Option<&'static Limit>) -> Type {
    Type::String(Str {
        len,
        format: Format::Any,
    })
}

pub(crate) const fn formatted(len: Option<&'static Limit>, format: Format) -> Type {
    Type::String(Str { len, format })
}

/// Source of the rules the tables declare.
pub(crate) const SDK: &str = "Infobip SDK models (OpenAPI-generated)";
/// What a union's `missing` rule says.
pub(crate) const TYPE_REQUIRED: &str = "An object that needs `type` to say what it is has none.";
/// What a union's `invalid` rule says.
pub(crate) const TYPE_INVALID: &str = "`type` names no known variant.";

/// An http(s) URL field, with the codes of its two rules.
pub(crate) const fn http_url(invalid: &'static str, scheme: &'static str) -> Format {
    Format::HttpUrl {
        invalid: Rule::error(
            invalid,
            "Not an absolute URI (RFC 3986) with a host.",
            "Infobip API reference (URL fields); RFC 3986",
        ),
        scheme: Rule::error(
            scheme,
            "A URI whose scheme is not http or https.",
            "Infobip API reference (URL fields)",
        ),
    }
}

/// A phone-number field, with the code of its rule.
pub(crate) const fn phone(invalid: &'static str) -> Format {
    Format::Phone(Rule::error(
        invalid,
        "Not a phone number: an optional '+', then digits.",
        "E.164; Infobip examples",
    ))
}

/// A date-time field, with the code of its rule.
pub(crate) const fn date_time(invalid: &'static str) -> Format {
    Format::DateTime(Rule::error(
        invalid,
        "Not a date-time in the API's form.",
        "Infobip API reference (yyyy-MM-dd'T'HH:mm:ss.SSSZ)",
    ))
}

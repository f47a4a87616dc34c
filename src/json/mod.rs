//! A small JSON reader built for validation.
//!
//! It parses a whole document into a flat arena of [`Node`]s whose strings borrow from the
//! input (no allocation per string, none per object), so that the validator can walk the
//! tree and look at siblings for cross-field rules at a fraction of the cost of building a
//! `serde_json::Value`. It also catches what a generic parser lets through silently:
//! duplicate keys, lone surrogates and numbers out of `f64` range, and it bounds nesting
//! depth before recursing.
//!
//! ```
//! use rcs_kit::json::Doc;
//! let doc = Doc::parse(r#"{"a": [1, "x"]}"#).unwrap();
//! let a = doc.get(doc.root(), "a").unwrap();
//! assert_eq!(doc.len(a), 2);
//! ```

mod number;
mod parse;
pub mod pointer;
pub mod rules;
mod sort;
pub(crate) use sort::sort_by_key;
pub mod tape;
mod text;

pub use number::{format_number, parse_number};
pub use parse::{ParseError, ParseErrorKind, MESSAGES as READER_MESSAGES};
pub(crate) use text::push_escaped;
pub use text::{char_count_at_most, JsonStr};

use std::borrow::Cow;

/// Index of a node in a [`Doc`].
pub type NodeId = u32;

/// Marks "no next sibling".
const NONE: NodeId = u32::MAX;

/// What a node holds.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Value<'a> {
    /// `null`
    Null,
    /// `true` or `false`
    Bool(bool),
    /// A number; `raw` is its text as written, `value` its `f64` value.
    Number {
        /// The number as written in the input.
        raw: &'a str,
        /// The number as a double (always finite).
        value: f64,
    },
    /// A string, still escaped as written.
    String(JsonStr<'a>),
    /// An array with `len` elements.
    Array {
        /// Number of elements.
        len: u32,
    },
    /// An object with `len` members.
    Object {
        /// Number of members (duplicate keys count twice).
        len: u32,
    },
}

impl Value<'_> {
    /// The JSON type name used in messages ("a string", "an object", ...).
    pub fn type_name(&self) -> &'static str {
        match self {
            Value::Null => "null",
            Value::Bool(_) => "a boolean",
            Value::Number { .. } => "a number",
            Value::String(_) => "a string",
            Value::Array { .. } => "an array",
            Value::Object { .. } => "an object",
        }
    }
}

/// How messages name the JSON type of a `serde_json::Value`, as [`Value::type_name`] does
/// for the reader's values ("a string", "an object", ...).
///
/// ```
/// assert_eq!(rcs_kit::json::serde_type_name(&serde_json::json!([1])), "an array");
/// ```
pub fn serde_type_name(v: &serde_json::Value) -> &'static str {
    match v {
        serde_json::Value::Null => "null",
        serde_json::Value::Bool(_) => "a boolean",
        serde_json::Value::Number(_) => "a number",
        serde_json::Value::String(_) => "a string",
        serde_json::Value::Array(_) => "an array",
        serde_json::Value::Object(_) => "an object",
    }
}

/// One value of the document, with its key when it is an object member.
#[derive(Debug, Clone, Copy)]
pub struct Node<'a> {
    /// The value.
    pub value: Value<'a>,
    /// The member name, when the parent is an object.
    pub key: Option<JsonStr<'a>>,
    /// Byte offset of the value in the input.
    pub offset: u32,
    next: NodeId,
}

/// A parsed document: nodes in document order, the root first.
#[derive(Debug)]
pub struct Doc<'a> {
    src: &'a str,
    nodes: Vec<Node<'a>>,
    duplicates: Vec<Duplicate<'a>>,
    byte_order_mark: bool,
}

/// A key that occurs twice in one object.
#[derive(Debug, Clone)]
pub struct Duplicate<'a> {
    /// JSON pointer of the second (or later) member with that key.
    pub pointer: String,
    /// The second (or later) member with that key.
    pub member: NodeId,
    /// The key.
    pub key: JsonStr<'a>,
}

impl<'a> Doc<'a> {
    /// Parses `src` as one JSON document. A UTF-8 byte order mark (U+FEFF) at its start
    /// is skipped, as the API's reader (Jackson) skips it, and recorded
    /// ([`Doc::has_byte_order_mark`]).
    ///
    /// ```
    /// let doc = rcs_kit::json::Doc::parse("\u{FEFF}[1]").unwrap();
    /// assert!(doc.has_byte_order_mark());
    /// assert_eq!(doc.source(), "[1]");
    /// ```
    ///
    /// # Errors
    /// A [`ParseError`] with the byte offset (in `src`), line and column (counted after a
    /// byte order mark, as editors show them) of the first problem.
    pub fn parse(src: &'a str) -> Result<Self, ParseError> {
        parse::parse(src)
    }

    /// The input text, after a byte order mark if it had one.
    pub fn source(&self) -> &'a str {
        self.src
    }

    /// Whether the input started with a UTF-8 byte order mark (which JSON text must not
    /// have: RFC 8259 section 8.1).
    pub fn has_byte_order_mark(&self) -> bool {
        self.byte_order_mark
    }

    /// The root node.
    pub fn root(&self) -> NodeId {
        0
    }

    /// The node at `id`.
    pub fn node(&self, id: NodeId) -> Option<&Node<'a>> {
        self.nodes.get(id as usize)
    }

    /// The value at `id` (`Null` for an id out of range).
    pub fn value(&self, id: NodeId) -> Value<'a> {
        self.node(id).map_or(Value::Null, |n| n.value)
    }

    /// Number of elements or members of a container, 0 for a scalar.
    pub fn len(&self, id: NodeId) -> usize {
        match self.value(id) {
            Value::Array { len } | Value::Object { len } => len as usize,
            _ => 0,
        }
    }

    /// The children of an array or object, in order.
    pub fn children(&self, id: NodeId) -> Children<'_, 'a> {
        let first = if self.len(id) > 0 { id + 1 } else { NONE };
        Children {
            doc: self,
            next: first,
        }
    }

    /// The members of an object with their keys, in order (none for another value).
    ///
    /// ```
    /// let doc = rcs_kit::json::Doc::parse(r#"{"a": 1, "b": [2]}"#).unwrap();
    /// let keys: Vec<_> = doc.members(doc.root()).map(|(k, _)| k.decode()).collect();
    /// assert_eq!(keys, ["a", "b"]);
    /// ```
    pub fn members(&self, id: NodeId) -> Members<'_, 'a> {
        Members {
            children: self.children(id),
        }
    }

    /// The first member of object `id` named `key`.
    pub fn get(&self, id: NodeId, key: &str) -> Option<NodeId> {
        self.members(id)
            .find(|(k, _)| k.eq_str(key))
            .map(|(_, c)| c)
    }

    /// The last member of object `id` named `key` (the one serde-style readers keep when a
    /// key is repeated).
    pub fn get_last(&self, id: NodeId, key: &str) -> Option<NodeId> {
        self.members(id)
            .filter(|(k, _)| k.eq_str(key))
            .last()
            .map(|(_, c)| c)
    }

    /// The string at `id`, decoded, if it is a string.
    pub fn str(&self, id: NodeId) -> Option<Cow<'a, str>> {
        match self.value(id) {
            Value::String(s) => Some(s.decode()),
            _ => None,
        }
    }

    /// The number at `id`, if it is a number.
    pub fn number(&self, id: NodeId) -> Option<f64> {
        match self.value(id) {
            Value::Number { value, .. } => Some(value),
            _ => None,
        }
    }

    /// The boolean at `id`, if it is a boolean.
    pub fn bool(&self, id: NodeId) -> Option<bool> {
        match self.value(id) {
            Value::Bool(b) => Some(b),
            _ => None,
        }
    }

    /// Keys that occur more than once in one object, in document order.
    pub fn duplicates(&self) -> &[Duplicate<'a>] {
        &self.duplicates
    }

    /// Whether `member` is a later occurrence of a key already used in its object.
    pub fn is_duplicate(&self, member: NodeId) -> bool {
        self.duplicates
            .binary_search_by_key(&member, |d| d.member)
            .is_ok()
    }

    /// Whether the subtrees at `a` and `b` hold the same JSON value (object member order
    /// ignored, numbers compared by value, strings after decoding).
    pub fn same(&self, a: NodeId, b: NodeId) -> bool {
        match (self.value(a), self.value(b)) {
            (Value::Null, Value::Null) => true,
            (Value::Bool(x), Value::Bool(y)) => x == y,
            (Value::Number { value: x, .. }, Value::Number { value: y, .. }) => x == y,
            (Value::String(x), Value::String(y)) => x.decode() == y.decode(),
            (Value::Array { len: m }, Value::Array { len: n }) => {
                m == n
                    && self
                        .children(a)
                        .zip(self.children(b))
                        .all(|(x, y)| self.same(x, y))
            }
            (Value::Object { len: m }, Value::Object { len: n }) => {
                if m != n {
                    return false;
                }
                // Sorted by key, so that large objects compare in O(n log n).
                let sorted = |id: NodeId| {
                    let mut v: Vec<(Cow<'a, str>, NodeId)> =
                        self.members(id).map(|(k, c)| (k.decode(), c)).collect();
                    sort::sort_by_key(&mut v, |x| x.0.clone());
                    v
                };
                let (x, y) = (sorted(a), sorted(b));
                x.iter()
                    .zip(y.iter())
                    .all(|((kx, cx), (ky, cy))| kx == ky && self.same(*cx, *cy))
            }
            _ => false,
        }
    }

    /// 1-based line and column (in characters) of byte `offset`.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        text::line_col(self.src, offset)
    }
}

/// Iterator over the children of a container, see [`Doc::children`].
pub struct Children<'d, 'a> {
    doc: &'d Doc<'a>,
    next: NodeId,
}

impl<'d, 'a> Children<'d, 'a> {
    /// The next child with its node: the one step of [`Children`] and [`Members`], inlined
    /// into both so that each takes one call per child.
    #[inline(always)]
    fn step(&mut self) -> Option<(NodeId, &'d Node<'a>)> {
        let cur = self.next;
        let node = self.doc.node(cur)?;
        self.next = node.next;
        Some((cur, node))
    }
}

impl Iterator for Children<'_, '_> {
    type Item = NodeId;
    fn next(&mut self) -> Option<NodeId> {
        self.step().map(|(cur, _)| cur)
    }
}

/// Iterator over the members of an object with their keys, see [`Doc::members`]: one
/// call per member, where `children().filter_map(..)` took three in the size-tuned
/// WebAssembly build (the walk and the rules step through members more than anything).
pub struct Members<'d, 'a> {
    children: Children<'d, 'a>,
}

impl<'a> Iterator for Members<'_, 'a> {
    type Item = (JsonStr<'a>, NodeId);
    fn next(&mut self) -> Option<Self::Item> {
        loop {
            let (cur, node) = self.children.step()?;
            if let Some(key) = node.key {
                return Some((key, cur));
            }
        }
    }
}

//! What an issue says, as data: a key of the message catalogue and typed parameters.
//!
//! Every message is declared once, as a literal beside the check that reports it: a
//! [`Msg`] with a stable key and its English template (`{name}` for a parameter). A
//! check reports a [`Message`]: the `Msg` and its parameters, numbers as numbers and
//! names or values as text. Rust renders the English text from the template
//! ([`Message::render`]); the WebAssembly build leaves the templates out and hands the key
//! and the parameters to JavaScript ([`Message::write_json`]), where the npm package
//! renders them from a catalogue generated from the same declarations ([`all`]), or from
//! one the caller passes (German ships with the package).
//!
//! ```
//! use rcs_kit::message::Msg;
//! static TOO_LONG: Msg = Msg::new("example.too_long", "{subject} has {n} characters");
//! let m = TOO_LONG.with("subject", "`text`").with("n", 30);
//! assert_eq!(m.render(), "`text` has 30 characters");
//! let mut json = String::new();
//! m.write_json(&mut json);
//! // not in the catalogue: written by its key (a catalogue message by its position)
//! assert_eq!(json, r#"{"key":"example.too_long","params":{"subject":"`text`","n":30}}"#);
//! ```

use crate::report::push_json_string;
use crate::rule::native;

/// One message of the catalogue: a stable key and its English template.
///
/// In the template, `{name}` stands for the parameter `name` and `{{` / `}}` for a brace.
/// The template is left out of the WebAssembly build (the package renders from its
/// generated catalogue).
#[derive(Debug, PartialEq, Eq)]
pub struct Msg {
    /// Stable key, e.g. `length.too_long`; several codes may share one message. Left out
    /// of the WebAssembly build (which names a message by its [`id`]) unless it is a rule's
    /// code.
    pub key: &'static str,
    /// The English template (empty in the WebAssembly build).
    pub en: &'static str,
}

impl Msg {
    /// A message `key` whose English is `en`.
    pub const fn new(key: &'static str, en: &'static str) -> Msg {
        Msg {
            key: native(key),
            en: native(en),
        }
    }

    /// The message of the rule `rule` (a rule with one message): its key is the rule's
    /// code, written once, in the rule's declaration.
    pub const fn for_rule(rule: &'static crate::rule::Rule, en: &'static str) -> Msg {
        Msg {
            key: rule.code,
            en: native(en),
        }
    }

    /// This message without parameters.
    pub fn message(&'static self) -> Message {
        Message {
            msg: self,
            params: Vec::new(),
        }
    }

    /// This message with its first parameter.
    pub fn with(&'static self, name: &'static str, value: impl Into<Param>) -> Message {
        self.message().with(name, value)
    }

    /// The names of the template's parameters, in the order they first appear.
    pub fn placeholders(&self) -> Vec<&'static str> {
        let mut out: Vec<&'static str> = Vec::new();
        for piece in pieces(self.en) {
            if let Piece::Param(name) = piece {
                if !out.contains(&name) {
                    out.push(name);
                }
            }
        }
        out
    }
}

/// A parameter of a message.
#[derive(Debug, Clone, PartialEq)]
pub enum Param {
    /// A number (a count, a limit, a value), written as Rust writes it in JSON.
    Num(f64),
    /// A name or a value from the body (already clipped), or a list of names.
    Text(String),
    /// A part of the sentence that is itself a message (how a field is named, a hint).
    Msg(Box<Message>),
}

impl From<f64> for Param {
    fn from(v: f64) -> Self {
        Param::Num(v)
    }
}

impl From<usize> for Param {
    fn from(v: usize) -> Self {
        Param::Num(v as f64)
    }
}

impl From<i64> for Param {
    fn from(v: i64) -> Self {
        Param::Num(v as f64)
    }
}

impl From<i32> for Param {
    fn from(v: i32) -> Self {
        Param::Num(f64::from(v))
    }
}

impl From<u32> for Param {
    fn from(v: u32) -> Self {
        Param::Num(f64::from(v))
    }
}

impl From<String> for Param {
    fn from(v: String) -> Self {
        Param::Text(v)
    }
}

impl From<&str> for Param {
    fn from(v: &str) -> Self {
        Param::Text(v.to_owned())
    }
}

impl From<Message> for Param {
    fn from(v: Message) -> Self {
        Param::Msg(Box::new(v))
    }
}

/// A message as a check reports it: the catalogue entry and its parameters.
#[derive(Debug, Clone, PartialEq)]
pub struct Message {
    /// The catalogue entry.
    pub msg: &'static Msg,
    /// Its parameters, by name, in the order they were given.
    pub params: Vec<(&'static str, Param)>,
}

/// A message not yet in the catalogue: its English text as the one parameter `text`.
pub static TEXT: Msg = Msg::new("text", "{text}");

impl From<String> for Message {
    fn from(text: String) -> Self {
        TEXT.with("text", text)
    }
}

impl From<&str> for Message {
    fn from(text: &str) -> Self {
        TEXT.with("text", text)
    }
}

impl Message {
    /// The same message with one more parameter.
    pub fn with(self, name: &'static str, value: impl Into<Param>) -> Self {
        self.with_param(name, value.into())
    }

    // One copy of the push for every call site (the wasm build inlines small functions).
    #[inline(never)]
    fn with_param(mut self, name: &'static str, value: Param) -> Self {
        self.params.push((name, value));
        self
    }

    /// The catalogue key.
    pub fn key(&self) -> &'static str {
        self.msg.key
    }

    /// The parameter `name`, if given.
    pub fn param(&self, name: &str) -> Option<&Param> {
        self.params.iter().find(|(n, _)| *n == name).map(|(_, p)| p)
    }

    /// The English text (empty in the WebAssembly build, which has no templates).
    pub fn render(&self) -> String {
        let mut out = String::new();
        if !cfg!(target_arch = "wasm32") {
            self.render_into(&mut out);
        }
        out
    }

    fn render_into(&self, out: &mut String) {
        for piece in pieces(self.msg.en) {
            match piece {
                Piece::Text(t) => out.push_str(t),
                Piece::Param(name) => match self.param(name) {
                    Some(Param::Num(v)) => out.push_str(&crate::json::format_number(*v)),
                    Some(Param::Text(t)) => out.push_str(t),
                    Some(Param::Msg(m)) => m.render_into(out),
                    None => {}
                },
            }
        }
    }

    /// Appends `{"id": ..., "params": {...}}`: what the package renders the message
    /// from, `id` its position in [`all`] (the package's generated catalogue is in that
    /// order, so the module need not carry the keys); a message not in the catalogue is
    /// written by its `"key"`. A number is written as a JSON number when JavaScript writes
    /// it as Rust does (an integer below 10^16); any other is written as Rust's text of
    /// it, so that a rendering in JavaScript is the same text.
    pub fn write_json(&self, out: &mut String) {
        self.write_json_in::<false>(out)
    }

    /// [`Message::write_json`] for a report that may hold the template checks' messages
    /// (`TEMPLATE`; the WebAssembly build of `validate` leaves them out).
    pub fn write_json_in<const TEMPLATE: bool>(&self, out: &mut String) {
        match wire_id::<TEMPLATE>(self.msg) {
            Some(id) => {
                out.push_str("{\"id\":");
                out.push_str(&id.to_string());
            }
            None => {
                out.push_str("{\"key\":");
                push_json_string(out, self.msg.key);
            }
        }
        out.push_str(",\"params\":{");
        for (i, (name, p)) in self.params.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            push_json_string(out, name);
            out.push(':');
            match p {
                Param::Num(v) if v.fract() == 0.0 && v.abs() < 1e16 => {
                    out.push_str(&crate::json::format_number(*v))
                }
                Param::Num(v) => push_json_string(out, &crate::json::format_number(*v)),
                Param::Text(t) => push_json_string(out, t),
                Param::Msg(m) => m.write_json_in::<TEMPLATE>(out),
            }
        }
        out.push_str("}}");
    }
}

enum Piece {
    Text(&'static str),
    Param(&'static str),
}

/// The template cut into text and `{name}`s (`{{` and `}}` are one brace of text).
fn pieces(template: &'static str) -> impl Iterator<Item = Piece> {
    let mut rest = template;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        if let Some(r) = rest.strip_prefix("{{") {
            rest = r;
            return Some(Piece::Text("{"));
        }
        if let Some(r) = rest.strip_prefix("}}") {
            rest = r;
            return Some(Piece::Text("}"));
        }
        if let Some(r) = rest.strip_prefix('{') {
            if let Some(end) = r.find('}') {
                let name = r.get(..end).unwrap_or_default();
                rest = r.get(end + 1..).unwrap_or_default();
                return Some(Piece::Param(name));
            }
        }
        let end = rest
            .char_indices()
            .skip(1)
            .find(|(_, c)| *c == '{' || *c == '}')
            .map_or(rest.len(), |(i, _)| i);
        let (text, r) = rest.split_at(end);
        rest = r;
        Some(Piece::Text(text))
    })
}

/// Every message of the catalogue, each key once, in a stable order: the JSON reader's,
/// the walk's, then the cross-field rules' (what the package's generated catalogue and
/// its TypeScript `MessageKey` are written from).
pub fn all() -> Vec<&'static Msg> {
    listed().collect()
}

fn listed() -> impl Iterator<Item = &'static Msg> {
    core().chain(LATER.iter().flat_map(|m| m.iter().copied()))
}

/// What `validate` reports: the ids from 0.
fn core() -> impl Iterator<Item = &'static Msg> {
    CATALOGUE
        .iter()
        .chain(crate::rules::CROSS_FIELD_MESSAGES)
        .flat_map(|m| m.iter().copied())
}

/// After what `validate` reports: the template checks', the Messages API profile's and
/// the webhooks'. Only the code that reports them names this list (through
/// [`Message::write_json_in`] with `TEMPLATE`, or native [`id`]), so that a WebAssembly
/// module without the template ops carries neither these messages nor their codes. The
/// Messages API's come before the webhooks', so that their ids do not depend on whether
/// the webhooks' are linked.
static LATER: &[&[&Msg]] = &[
    crate::rules::template::MESSAGES,
    #[cfg(feature = "messages-api")]
    crate::rules::messages_api::MESSAGES,
    crate::rules::webhooks::MESSAGES,
];

/// The id a report writes for `msg`: its position in [`all`]. The WebAssembly build
/// looks among the template checks' messages only when `TEMPLATE` (a template's report),
/// and among the Messages API profile's only when built with it (the module of the entry
/// `rcs-kit/messages-api`), counting the template checks' before them without linking them.
fn wire_id<const TEMPLATE: bool>(msg: &Msg) -> Option<usize> {
    if cfg!(target_arch = "wasm32") && !TEMPLATE {
        let found = core().position(|m| std::ptr::eq(m, msg));
        #[cfg(feature = "messages-api")]
        if found.is_none() {
            return crate::rules::messages_api::MESSAGES
                .iter()
                .position(|m| std::ptr::eq(*m, msg))
                .map(|i| core().count() + crate::rules::template::MESSAGES.len() + i);
        }
        found
    } else {
        id(msg)
    }
}

/// The messages the npm package can report: [`all`] without the Messages API profile's
/// (keys beginning `messages_api.`; the package's module is built without the
/// `messages-api` feature) and without the webhooks' (the package validates no webhook:
/// no check of a body it validates reports them, a test walks the tables). They come last
/// in [`all`], so the ids of the rest are the same with the feature on or off, and so is
/// the package's generated catalogue.
pub fn package() -> Vec<&'static Msg> {
    listed()
        .filter(|m| {
            !messages_api_only(m)
                && !crate::rules::webhooks::MESSAGES
                    .iter()
                    .any(|w| std::ptr::eq(*w, *m))
        })
        .collect()
}

/// Whether only message templates report `msg` (`validateTemplate`, `renderTemplate`:
/// the package's entry `rcs-kit/template`): the messages of
/// [`rules::template`](crate::rules::template). They come last in [`package`], so the
/// package's other entries leave their English out without changing any id.
pub fn template_only(msg: &Msg) -> bool {
    crate::rules::template::MESSAGES
        .iter()
        .any(|m| std::ptr::eq(*m, msg))
}

/// Whether only the Messages API profile's checks report `msg` (the entry
/// `rcs-kit/messages-api`): keys beginning `messages_api.`, which [`package`] leaves out.
/// In [`all`] they follow the template checks' (with the library's `messages-api` feature;
/// without it there are none).
/// Native only: the WebAssembly build keeps no keys but rule codes.
pub fn messages_api_only(msg: &Msg) -> bool {
    msg.key.starts_with("messages_api.")
}

/// The position of `msg` in [`all`], if it is in the catalogue.
pub fn id(msg: &Msg) -> Option<usize> {
    listed().position(|m| std::ptr::eq(m, msg))
}

/// Whether the package's generated catalogue leaves out the key of `msg`: a rule's code
/// ([`Msg::for_rule`]), which the WebAssembly module carries anyway and hands over with
/// [`wire_keys`].
pub fn key_from_module(msg: &Msg) -> bool {
    crate::catalogue::find(msg.key).is_some_and(|r| r.code == msg.key)
}

/// The keys of what `validate` reports (the ids from 0), one a line, as the WebAssembly
/// module knows them: a rule's code for a message of a rule ([`Msg::for_rule`]), an empty
/// line for the others (whose keys the module leaves out and the package's generated
/// catalogue names). The template checks' messages follow, all named by the catalogue.
pub fn wire_keys() -> String {
    let mut out = String::new();
    for m in core() {
        out.push_str(m.key);
        out.push('\n');
    }
    out
}

/// Whether `key` is in the catalogue.
pub fn contains(key: &str) -> bool {
    listed().any(|m| m.key == key)
}

/// The modules' lists of messages.
static CATALOGUE: &[&[&Msg]] = &[
    &[&TEXT],
    crate::json::rules::MESSAGES,
    crate::json::READER_MESSAGES,
    &[&crate::validate::TOO_LARGE],
    crate::validate::walk::MESSAGES,
    crate::format::MESSAGES,
    crate::time::MESSAGES,
];

#[cfg(test)]
mod tests {
    use super::*;

    static M: Msg = Msg::new("t.m", "a {x} b {{c}} {y}{x}");

    #[test]
    fn renders_and_writes_params() {
        let m = M.with("x", 1.5).with("y", TEXT.with("text", "q\""));
        assert_eq!(m.render(), "a 1.5 b {c} q\"1.5");
        let mut out = String::new();
        m.write_json(&mut out);
        assert_eq!(
            out,
            r#"{"key":"t.m","params":{"x":"1.5","y":{"id":0,"params":{"text":"q\""}}}}"#
        );
        assert_eq!(M.placeholders(), ["x", "y"]);
    }

    #[test]
    fn the_package_catalogue_is_a_prefix_of_all() {
        let all = all();
        let package = package();
        assert!(!package.is_empty());
        assert_eq!(all.get(..package.len()), Some(package.as_slice()));
        let first = package.iter().position(|m| template_only(m));
        assert_eq!(
            first.map(|i| package.len() - i),
            Some(crate::rules::template::MESSAGES.len()),
            "the template-only messages are the last of the package's"
        );
    }

    /// The checks of every object a body of [`Kind`](crate::Kind) reaches.
    fn checks_of_bodies() -> Vec<&'static crate::context::Check> {
        use crate::schema::{Object, Type};
        fn object(
            o: &'static Object,
            seen: &mut Vec<*const Object>,
            out: &mut Vec<&'static crate::context::Check>,
        ) {
            if seen.contains(&(o as *const Object)) {
                return;
            }
            seen.push(o);
            out.extend(o.rules.iter().copied());
            for f in o.fields {
                ty(&f.ty, seen, out);
            }
        }
        fn ty(
            t: &'static Type,
            seen: &mut Vec<*const Object>,
            out: &mut Vec<&'static crate::context::Check>,
        ) {
            match t {
                Type::Object(o) => object(o, seen, out),
                Type::Array(a) => ty(&a.items, seen, out),
                Type::Union(u) => {
                    for (_, o) in u.variants {
                        object(o, seen, out);
                    }
                }
                Type::Switch(w) => {
                    object(w.present, seen, out);
                    object(w.absent, seen, out);
                }
                _ => {}
            }
        }
        let mut seen = Vec::new();
        let mut out = Vec::new();
        for (_, root) in crate::schema::BODIES {
            object(root, &mut seen, &mut out);
        }
        out
    }

    #[cfg(feature = "messages-api")]
    #[test]
    fn the_messages_api_messages_follow_the_package_catalogue() {
        let all = all();
        let n = package().len();
        let mapi = crate::rules::messages_api::MESSAGES;
        assert_eq!(all.get(n..n + mapi.len()), Some(mapi));
        assert!(all.iter().filter(|m| messages_api_only(m)).count() == mapi.len());
    }

    #[test]
    fn no_body_the_package_validates_reports_a_webhook_rule() {
        let checks = checks_of_bodies();
        assert!(checks.len() > 5, "{} checks", checks.len());
        for c in checks {
            for r in c.rules {
                assert!(
                    !crate::rules::webhooks::RULES.iter().any(|w| w.code == r.code),
                    "{} is reported by a check of a body the package validates: its messages belong in message::package",
                    r.code
                );
            }
        }
    }

    #[test]
    fn keys_are_unique_and_placeholders_named() {
        let all = all();
        for (i, m) in all.iter().enumerate() {
            assert_eq!(id(m), Some(i), "{} is listed twice", m.key);
        }
        for (i, m) in all.iter().enumerate() {
            assert!(
                !all.iter().skip(i + 1).any(|o| o.key == m.key),
                "{} twice",
                m.key
            );
            assert!(
                !m.key.contains(['\t', '\n']) && !m.en.contains(['\t', '\n']),
                "{}: a tab or a line break (the package's catalogue separates with them)",
                m.key
            );
            for p in m.placeholders() {
                assert!(
                    !p.is_empty() && p.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'),
                    "{}: placeholder {p:?}",
                    m.key
                );
            }
        }
    }
}
